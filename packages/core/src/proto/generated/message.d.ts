import * as $protobuf from "protobufjs/minimal.js";
import Long = require("long");

/** Namespace gossip. */
export namespace gossip {

    /**
     * Properties of an Envelope.
     * @deprecated Use gossip.Envelope.$Properties instead.
     */
    interface IEnvelope extends gossip.Envelope.$Properties {
    }

    /** Represents an Envelope. */
    class Envelope {

        /**
         * Constructs a new Envelope.
         * @param [p] Properties to set
         */
        constructor(p?: gossip.Envelope.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** Envelope payload. */
        payload: Uint8Array;

        /** Envelope signature. */
        signature: Uint8Array;

        /** Envelope secretEnvelope. */
        secretEnvelope?: (gossip.SecretEnvelope.$Properties|null);

        /**
         * Creates a new Envelope instance using the specified properties.
         * @param [properties] Properties to set
         * @returns Envelope instance
         */
        static create(properties: gossip.Envelope.$Shape): gossip.Envelope & gossip.Envelope.$Shape;
        static create(properties?: gossip.Envelope.$Properties): gossip.Envelope;

        /**
         * Encodes the specified Envelope message. Does not implicitly {@link gossip.Envelope.verify|verify} messages.
         * @param m Envelope message or plain object to encode
         * @param [w] Writer to encode to
         * @returns Writer
         */
        static encode(m: gossip.Envelope.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an Envelope message from the specified reader or buffer.
         * @param r Reader or buffer to decode from
         * @param [l] Message length if known beforehand
         * @returns {gossip.Envelope & gossip.Envelope.$Shape} Envelope
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): gossip.Envelope & gossip.Envelope.$Shape;

        /**
         * Creates an Envelope message from a plain object. Also converts values to their respective internal types.
         * @param d Plain object
         * @returns Envelope
         */
        static fromObject(d: { [k: string]: any }): gossip.Envelope;

        /**
         * Creates a plain object from an Envelope message. Also converts values to other types if specified.
         * @param m Envelope
         * @param [o] Conversion options
         * @returns Plain object
         */
        static toObject(m: gossip.Envelope, o?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this Envelope to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };
    }

    namespace Envelope {

        /** Properties of an Envelope. */
        interface $Properties {

            /** Envelope payload */
            payload?: (Uint8Array|null);

            /** Envelope signature */
            signature?: (Uint8Array|null);

            /** Envelope secretEnvelope */
            secretEnvelope?: (gossip.SecretEnvelope.$Properties|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of an Envelope. */
        type $Shape = gossip.Envelope.$Properties;
    }

    /**
     * Properties of a SecretEnvelope.
     * @deprecated Use gossip.SecretEnvelope.$Properties instead.
     */
    interface ISecretEnvelope extends gossip.SecretEnvelope.$Properties {
    }

    /** Represents a SecretEnvelope. */
    class SecretEnvelope {

        /**
         * Constructs a new SecretEnvelope.
         * @param [p] Properties to set
         */
        constructor(p?: gossip.SecretEnvelope.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** SecretEnvelope payload. */
        payload: Uint8Array;

        /** SecretEnvelope signature. */
        signature: Uint8Array;

        /**
         * Creates a new SecretEnvelope instance using the specified properties.
         * @param [properties] Properties to set
         * @returns SecretEnvelope instance
         */
        static create(properties: gossip.SecretEnvelope.$Shape): gossip.SecretEnvelope & gossip.SecretEnvelope.$Shape;
        static create(properties?: gossip.SecretEnvelope.$Properties): gossip.SecretEnvelope;

        /**
         * Encodes the specified SecretEnvelope message. Does not implicitly {@link gossip.SecretEnvelope.verify|verify} messages.
         * @param m SecretEnvelope message or plain object to encode
         * @param [w] Writer to encode to
         * @returns Writer
         */
        static encode(m: gossip.SecretEnvelope.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a SecretEnvelope message from the specified reader or buffer.
         * @param r Reader or buffer to decode from
         * @param [l] Message length if known beforehand
         * @returns {gossip.SecretEnvelope & gossip.SecretEnvelope.$Shape} SecretEnvelope
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): gossip.SecretEnvelope & gossip.SecretEnvelope.$Shape;

        /**
         * Creates a SecretEnvelope message from a plain object. Also converts values to their respective internal types.
         * @param d Plain object
         * @returns SecretEnvelope
         */
        static fromObject(d: { [k: string]: any }): gossip.SecretEnvelope;

        /**
         * Creates a plain object from a SecretEnvelope message. Also converts values to other types if specified.
         * @param m SecretEnvelope
         * @param [o] Conversion options
         * @returns Plain object
         */
        static toObject(m: gossip.SecretEnvelope, o?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this SecretEnvelope to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };
    }

    namespace SecretEnvelope {

        /** Properties of a SecretEnvelope. */
        interface $Properties {

            /** SecretEnvelope payload */
            payload?: (Uint8Array|null);

            /** SecretEnvelope signature */
            signature?: (Uint8Array|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a SecretEnvelope. */
        type $Shape = gossip.SecretEnvelope.$Properties;
    }

    /**
     * Properties of a Secret.
     * @deprecated Use gossip.Secret.$Properties instead.
     */
    interface ISecret extends gossip.Secret.$Properties {
    }

    /** Represents a Secret. */
    class Secret {

        /**
         * Constructs a new Secret.
         * @param [p] Properties to set
         */
        constructor(p?: gossip.Secret.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** Secret internalEndpoint. */
        internalEndpoint?: (string|null);

        /** Secret content. */
        content?: "internalEndpoint";

        /**
         * Creates a new Secret instance using the specified properties.
         * @param [properties] Properties to set
         * @returns Secret instance
         */
        static create(properties: gossip.Secret.$Shape): gossip.Secret & gossip.Secret.$Shape;
        static create(properties?: gossip.Secret.$Properties): gossip.Secret;

        /**
         * Encodes the specified Secret message. Does not implicitly {@link gossip.Secret.verify|verify} messages.
         * @param m Secret message or plain object to encode
         * @param [w] Writer to encode to
         * @returns Writer
         */
        static encode(m: gossip.Secret.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a Secret message from the specified reader or buffer.
         * @param r Reader or buffer to decode from
         * @param [l] Message length if known beforehand
         * @returns {gossip.Secret & gossip.Secret.$Shape} Secret
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): gossip.Secret & gossip.Secret.$Shape;

        /**
         * Creates a Secret message from a plain object. Also converts values to their respective internal types.
         * @param d Plain object
         * @returns Secret
         */
        static fromObject(d: { [k: string]: any }): gossip.Secret;

        /**
         * Creates a plain object from a Secret message. Also converts values to other types if specified.
         * @param m Secret
         * @param [o] Conversion options
         * @returns Plain object
         */
        static toObject(m: gossip.Secret, o?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this Secret to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };
    }

    namespace Secret {

        /** Properties of a Secret. */
        interface $Properties {

            /** Secret internalEndpoint */
            internalEndpoint?: (string|null);

            /** Secret content */
            content?: "internalEndpoint";

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Narrowed shape of a Secret. */
        type $Shape = {
          internalEndpoint?: string|null;
          $unknowns?: Uint8Array[];
        } & (
          ({ content?: undefined; internalEndpoint?: null }|{ content?: "internalEndpoint"; internalEndpoint: string })
        );
    }

    /**
     * Properties of a GossipMessage.
     * @deprecated Use gossip.GossipMessage.$Properties instead.
     */
    interface IGossipMessage extends gossip.GossipMessage.$Properties {
    }

    /** Represents a GossipMessage. */
    class GossipMessage {

        /**
         * Constructs a new GossipMessage.
         * @param [p] Properties to set
         */
        constructor(p?: gossip.GossipMessage.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** GossipMessage nonce. */
        nonce: (number|Long);

        /** GossipMessage channel. */
        channel: Uint8Array;

        /** GossipMessage tag. */
        tag: gossip.GossipMessage.Tag;

        /** GossipMessage aliveMsg. */
        aliveMsg?: (gossip.AliveMessage.$Properties|null);

        /** GossipMessage memReq. */
        memReq?: (gossip.MembershipRequest.$Properties|null);

        /** GossipMessage memRes. */
        memRes?: (gossip.MembershipResponse.$Properties|null);

        /** GossipMessage dataMsg. */
        dataMsg?: (gossip.DataMessage.$Properties|null);

        /** GossipMessage hello. */
        hello?: (gossip.GossipHello.$Properties|null);

        /** GossipMessage dataDig. */
        dataDig?: (gossip.DataDigest.$Properties|null);

        /** GossipMessage dataReq. */
        dataReq?: (gossip.DataRequest.$Properties|null);

        /** GossipMessage dataUpdate. */
        dataUpdate?: (gossip.DataUpdate.$Properties|null);

        /** GossipMessage empty. */
        empty?: (gossip.Empty.$Properties|null);

        /** GossipMessage conn. */
        conn?: (gossip.ConnEstablish.$Properties|null);

        /** GossipMessage stateInfo. */
        stateInfo?: (gossip.StateInfo.$Properties|null);

        /** GossipMessage stateSnapshot. */
        stateSnapshot?: (gossip.StateInfoSnapshot.$Properties|null);

        /** GossipMessage stateInfoPullReq. */
        stateInfoPullReq?: (gossip.StateInfoPullRequest.$Properties|null);

        /** GossipMessage stateRequest. */
        stateRequest?: (gossip.RemoteStateRequest.$Properties|null);

        /** GossipMessage stateResponse. */
        stateResponse?: (gossip.RemoteStateResponse.$Properties|null);

        /** GossipMessage leadershipMsg. */
        leadershipMsg?: (gossip.LeadershipMessage.$Properties|null);

        /** GossipMessage peerIdentity. */
        peerIdentity?: (gossip.PeerIdentity.$Properties|null);

        /** GossipMessage ack. */
        ack?: (gossip.Acknowledgement.$Properties|null);

        /** GossipMessage txMsg. */
        txMsg?: (gossip.TransactionMessage.$Properties|null);

        /** GossipMessage signal. */
        signal?: (gossip.SignalMessage.$Properties|null);

        /** GossipMessage content. */
        content?: ("aliveMsg"|"memReq"|"memRes"|"dataMsg"|"hello"|"dataDig"|"dataReq"|"dataUpdate"|"empty"|"conn"|"stateInfo"|"stateSnapshot"|"stateInfoPullReq"|"stateRequest"|"stateResponse"|"leadershipMsg"|"peerIdentity"|"ack"|"txMsg"|"signal");

        /**
         * Creates a new GossipMessage instance using the specified properties.
         * @param [properties] Properties to set
         * @returns GossipMessage instance
         */
        static create(properties: gossip.GossipMessage.$Shape): gossip.GossipMessage & gossip.GossipMessage.$Shape;
        static create(properties?: gossip.GossipMessage.$Properties): gossip.GossipMessage;

        /**
         * Encodes the specified GossipMessage message. Does not implicitly {@link gossip.GossipMessage.verify|verify} messages.
         * @param m GossipMessage message or plain object to encode
         * @param [w] Writer to encode to
         * @returns Writer
         */
        static encode(m: gossip.GossipMessage.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a GossipMessage message from the specified reader or buffer.
         * @param r Reader or buffer to decode from
         * @param [l] Message length if known beforehand
         * @returns {gossip.GossipMessage & gossip.GossipMessage.$Shape} GossipMessage
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): gossip.GossipMessage & gossip.GossipMessage.$Shape;

        /**
         * Creates a GossipMessage message from a plain object. Also converts values to their respective internal types.
         * @param d Plain object
         * @returns GossipMessage
         */
        static fromObject(d: { [k: string]: any }): gossip.GossipMessage;

        /**
         * Creates a plain object from a GossipMessage message. Also converts values to other types if specified.
         * @param m GossipMessage
         * @param [o] Conversion options
         * @returns Plain object
         */
        static toObject(m: gossip.GossipMessage, o?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this GossipMessage to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };
    }

    namespace GossipMessage {

        /** Properties of a GossipMessage. */
        interface $Properties {

            /** GossipMessage nonce */
            nonce?: (number|Long|null);

            /** GossipMessage channel */
            channel?: (Uint8Array|null);

            /** GossipMessage tag */
            tag?: (gossip.GossipMessage.Tag|null);

            /** GossipMessage aliveMsg */
            aliveMsg?: (gossip.AliveMessage.$Properties|null);

            /** GossipMessage memReq */
            memReq?: (gossip.MembershipRequest.$Properties|null);

            /** GossipMessage memRes */
            memRes?: (gossip.MembershipResponse.$Properties|null);

            /** GossipMessage dataMsg */
            dataMsg?: (gossip.DataMessage.$Properties|null);

            /** GossipMessage hello */
            hello?: (gossip.GossipHello.$Properties|null);

            /** GossipMessage dataDig */
            dataDig?: (gossip.DataDigest.$Properties|null);

            /** GossipMessage dataReq */
            dataReq?: (gossip.DataRequest.$Properties|null);

            /** GossipMessage dataUpdate */
            dataUpdate?: (gossip.DataUpdate.$Properties|null);

            /** GossipMessage empty */
            empty?: (gossip.Empty.$Properties|null);

            /** GossipMessage conn */
            conn?: (gossip.ConnEstablish.$Properties|null);

            /** GossipMessage stateInfo */
            stateInfo?: (gossip.StateInfo.$Properties|null);

            /** GossipMessage stateSnapshot */
            stateSnapshot?: (gossip.StateInfoSnapshot.$Properties|null);

            /** GossipMessage stateInfoPullReq */
            stateInfoPullReq?: (gossip.StateInfoPullRequest.$Properties|null);

            /** GossipMessage stateRequest */
            stateRequest?: (gossip.RemoteStateRequest.$Properties|null);

            /** GossipMessage stateResponse */
            stateResponse?: (gossip.RemoteStateResponse.$Properties|null);

            /** GossipMessage leadershipMsg */
            leadershipMsg?: (gossip.LeadershipMessage.$Properties|null);

            /** GossipMessage peerIdentity */
            peerIdentity?: (gossip.PeerIdentity.$Properties|null);

            /** GossipMessage ack */
            ack?: (gossip.Acknowledgement.$Properties|null);

            /** GossipMessage txMsg */
            txMsg?: (gossip.TransactionMessage.$Properties|null);

            /** GossipMessage signal */
            signal?: (gossip.SignalMessage.$Properties|null);

            /** GossipMessage content */
            content?: ("aliveMsg"|"memReq"|"memRes"|"dataMsg"|"hello"|"dataDig"|"dataReq"|"dataUpdate"|"empty"|"conn"|"stateInfo"|"stateSnapshot"|"stateInfoPullReq"|"stateRequest"|"stateResponse"|"leadershipMsg"|"peerIdentity"|"ack"|"txMsg"|"signal");

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Narrowed shape of a GossipMessage. */
        type $Shape = {
          nonce?: number|Long|null;
          channel?: Uint8Array|null;
          tag?: gossip.GossipMessage.Tag|null;
          aliveMsg?: gossip.AliveMessage.$Shape|null;
          memReq?: gossip.MembershipRequest.$Shape|null;
          memRes?: gossip.MembershipResponse.$Shape|null;
          dataMsg?: gossip.DataMessage.$Shape|null;
          hello?: gossip.GossipHello.$Shape|null;
          dataDig?: gossip.DataDigest.$Shape|null;
          dataReq?: gossip.DataRequest.$Shape|null;
          dataUpdate?: gossip.DataUpdate.$Shape|null;
          empty?: gossip.Empty.$Shape|null;
          conn?: gossip.ConnEstablish.$Shape|null;
          stateInfo?: gossip.StateInfo.$Shape|null;
          stateSnapshot?: gossip.StateInfoSnapshot.$Shape|null;
          stateInfoPullReq?: gossip.StateInfoPullRequest.$Shape|null;
          stateRequest?: gossip.RemoteStateRequest.$Shape|null;
          stateResponse?: gossip.RemoteStateResponse.$Shape|null;
          leadershipMsg?: gossip.LeadershipMessage.$Shape|null;
          peerIdentity?: gossip.PeerIdentity.$Shape|null;
          ack?: gossip.Acknowledgement.$Shape|null;
          txMsg?: gossip.TransactionMessage.$Shape|null;
          signal?: gossip.SignalMessage.$Shape|null;
          $unknowns?: Uint8Array[];
        } & (
          ({ content?: undefined; aliveMsg?: null; memReq?: null; memRes?: null; dataMsg?: null; hello?: null; dataDig?: null; dataReq?: null; dataUpdate?: null; empty?: null; conn?: null; stateInfo?: null; stateSnapshot?: null; stateInfoPullReq?: null; stateRequest?: null; stateResponse?: null; leadershipMsg?: null; peerIdentity?: null; ack?: null; txMsg?: null; signal?: null }|{ content?: "aliveMsg"; aliveMsg: gossip.AliveMessage.$Shape; memReq?: null; memRes?: null; dataMsg?: null; hello?: null; dataDig?: null; dataReq?: null; dataUpdate?: null; empty?: null; conn?: null; stateInfo?: null; stateSnapshot?: null; stateInfoPullReq?: null; stateRequest?: null; stateResponse?: null; leadershipMsg?: null; peerIdentity?: null; ack?: null; txMsg?: null; signal?: null }|{ content?: "memReq"; aliveMsg?: null; memReq: gossip.MembershipRequest.$Shape; memRes?: null; dataMsg?: null; hello?: null; dataDig?: null; dataReq?: null; dataUpdate?: null; empty?: null; conn?: null; stateInfo?: null; stateSnapshot?: null; stateInfoPullReq?: null; stateRequest?: null; stateResponse?: null; leadershipMsg?: null; peerIdentity?: null; ack?: null; txMsg?: null; signal?: null }|{ content?: "memRes"; aliveMsg?: null; memReq?: null; memRes: gossip.MembershipResponse.$Shape; dataMsg?: null; hello?: null; dataDig?: null; dataReq?: null; dataUpdate?: null; empty?: null; conn?: null; stateInfo?: null; stateSnapshot?: null; stateInfoPullReq?: null; stateRequest?: null; stateResponse?: null; leadershipMsg?: null; peerIdentity?: null; ack?: null; txMsg?: null; signal?: null }|{ content?: "dataMsg"; aliveMsg?: null; memReq?: null; memRes?: null; dataMsg: gossip.DataMessage.$Shape; hello?: null; dataDig?: null; dataReq?: null; dataUpdate?: null; empty?: null; conn?: null; stateInfo?: null; stateSnapshot?: null; stateInfoPullReq?: null; stateRequest?: null; stateResponse?: null; leadershipMsg?: null; peerIdentity?: null; ack?: null; txMsg?: null; signal?: null }|{ content?: "hello"; aliveMsg?: null; memReq?: null; memRes?: null; dataMsg?: null; hello: gossip.GossipHello.$Shape; dataDig?: null; dataReq?: null; dataUpdate?: null; empty?: null; conn?: null; stateInfo?: null; stateSnapshot?: null; stateInfoPullReq?: null; stateRequest?: null; stateResponse?: null; leadershipMsg?: null; peerIdentity?: null; ack?: null; txMsg?: null; signal?: null }|{ content?: "dataDig"; aliveMsg?: null; memReq?: null; memRes?: null; dataMsg?: null; hello?: null; dataDig: gossip.DataDigest.$Shape; dataReq?: null; dataUpdate?: null; empty?: null; conn?: null; stateInfo?: null; stateSnapshot?: null; stateInfoPullReq?: null; stateRequest?: null; stateResponse?: null; leadershipMsg?: null; peerIdentity?: null; ack?: null; txMsg?: null; signal?: null }|{ content?: "dataReq"; aliveMsg?: null; memReq?: null; memRes?: null; dataMsg?: null; hello?: null; dataDig?: null; dataReq: gossip.DataRequest.$Shape; dataUpdate?: null; empty?: null; conn?: null; stateInfo?: null; stateSnapshot?: null; stateInfoPullReq?: null; stateRequest?: null; stateResponse?: null; leadershipMsg?: null; peerIdentity?: null; ack?: null; txMsg?: null; signal?: null }|{ content?: "dataUpdate"; aliveMsg?: null; memReq?: null; memRes?: null; dataMsg?: null; hello?: null; dataDig?: null; dataReq?: null; dataUpdate: gossip.DataUpdate.$Shape; empty?: null; conn?: null; stateInfo?: null; stateSnapshot?: null; stateInfoPullReq?: null; stateRequest?: null; stateResponse?: null; leadershipMsg?: null; peerIdentity?: null; ack?: null; txMsg?: null; signal?: null }|{ content?: "empty"; aliveMsg?: null; memReq?: null; memRes?: null; dataMsg?: null; hello?: null; dataDig?: null; dataReq?: null; dataUpdate?: null; empty: gossip.Empty.$Shape; conn?: null; stateInfo?: null; stateSnapshot?: null; stateInfoPullReq?: null; stateRequest?: null; stateResponse?: null; leadershipMsg?: null; peerIdentity?: null; ack?: null; txMsg?: null; signal?: null }|{ content?: "conn"; aliveMsg?: null; memReq?: null; memRes?: null; dataMsg?: null; hello?: null; dataDig?: null; dataReq?: null; dataUpdate?: null; empty?: null; conn: gossip.ConnEstablish.$Shape; stateInfo?: null; stateSnapshot?: null; stateInfoPullReq?: null; stateRequest?: null; stateResponse?: null; leadershipMsg?: null; peerIdentity?: null; ack?: null; txMsg?: null; signal?: null }|{ content?: "stateInfo"; aliveMsg?: null; memReq?: null; memRes?: null; dataMsg?: null; hello?: null; dataDig?: null; dataReq?: null; dataUpdate?: null; empty?: null; conn?: null; stateInfo: gossip.StateInfo.$Shape; stateSnapshot?: null; stateInfoPullReq?: null; stateRequest?: null; stateResponse?: null; leadershipMsg?: null; peerIdentity?: null; ack?: null; txMsg?: null; signal?: null }|{ content?: "stateSnapshot"; aliveMsg?: null; memReq?: null; memRes?: null; dataMsg?: null; hello?: null; dataDig?: null; dataReq?: null; dataUpdate?: null; empty?: null; conn?: null; stateInfo?: null; stateSnapshot: gossip.StateInfoSnapshot.$Shape; stateInfoPullReq?: null; stateRequest?: null; stateResponse?: null; leadershipMsg?: null; peerIdentity?: null; ack?: null; txMsg?: null; signal?: null }|{ content?: "stateInfoPullReq"; aliveMsg?: null; memReq?: null; memRes?: null; dataMsg?: null; hello?: null; dataDig?: null; dataReq?: null; dataUpdate?: null; empty?: null; conn?: null; stateInfo?: null; stateSnapshot?: null; stateInfoPullReq: gossip.StateInfoPullRequest.$Shape; stateRequest?: null; stateResponse?: null; leadershipMsg?: null; peerIdentity?: null; ack?: null; txMsg?: null; signal?: null }|{ content?: "stateRequest"; aliveMsg?: null; memReq?: null; memRes?: null; dataMsg?: null; hello?: null; dataDig?: null; dataReq?: null; dataUpdate?: null; empty?: null; conn?: null; stateInfo?: null; stateSnapshot?: null; stateInfoPullReq?: null; stateRequest: gossip.RemoteStateRequest.$Shape; stateResponse?: null; leadershipMsg?: null; peerIdentity?: null; ack?: null; txMsg?: null; signal?: null }|{ content?: "stateResponse"; aliveMsg?: null; memReq?: null; memRes?: null; dataMsg?: null; hello?: null; dataDig?: null; dataReq?: null; dataUpdate?: null; empty?: null; conn?: null; stateInfo?: null; stateSnapshot?: null; stateInfoPullReq?: null; stateRequest?: null; stateResponse: gossip.RemoteStateResponse.$Shape; leadershipMsg?: null; peerIdentity?: null; ack?: null; txMsg?: null; signal?: null }|{ content?: "leadershipMsg"; aliveMsg?: null; memReq?: null; memRes?: null; dataMsg?: null; hello?: null; dataDig?: null; dataReq?: null; dataUpdate?: null; empty?: null; conn?: null; stateInfo?: null; stateSnapshot?: null; stateInfoPullReq?: null; stateRequest?: null; stateResponse?: null; leadershipMsg: gossip.LeadershipMessage.$Shape; peerIdentity?: null; ack?: null; txMsg?: null; signal?: null }|{ content?: "peerIdentity"; aliveMsg?: null; memReq?: null; memRes?: null; dataMsg?: null; hello?: null; dataDig?: null; dataReq?: null; dataUpdate?: null; empty?: null; conn?: null; stateInfo?: null; stateSnapshot?: null; stateInfoPullReq?: null; stateRequest?: null; stateResponse?: null; leadershipMsg?: null; peerIdentity: gossip.PeerIdentity.$Shape; ack?: null; txMsg?: null; signal?: null }|{ content?: "ack"; aliveMsg?: null; memReq?: null; memRes?: null; dataMsg?: null; hello?: null; dataDig?: null; dataReq?: null; dataUpdate?: null; empty?: null; conn?: null; stateInfo?: null; stateSnapshot?: null; stateInfoPullReq?: null; stateRequest?: null; stateResponse?: null; leadershipMsg?: null; peerIdentity?: null; ack: gossip.Acknowledgement.$Shape; txMsg?: null; signal?: null }|{ content?: "txMsg"; aliveMsg?: null; memReq?: null; memRes?: null; dataMsg?: null; hello?: null; dataDig?: null; dataReq?: null; dataUpdate?: null; empty?: null; conn?: null; stateInfo?: null; stateSnapshot?: null; stateInfoPullReq?: null; stateRequest?: null; stateResponse?: null; leadershipMsg?: null; peerIdentity?: null; ack?: null; txMsg: gossip.TransactionMessage.$Shape; signal?: null }|{ content?: "signal"; aliveMsg?: null; memReq?: null; memRes?: null; dataMsg?: null; hello?: null; dataDig?: null; dataReq?: null; dataUpdate?: null; empty?: null; conn?: null; stateInfo?: null; stateSnapshot?: null; stateInfoPullReq?: null; stateRequest?: null; stateResponse?: null; leadershipMsg?: null; peerIdentity?: null; ack?: null; txMsg?: null; signal: gossip.SignalMessage.$Shape })
        );

        /** Tag enum. */
        enum Tag {

            /** UNDEFINED value */
            UNDEFINED = 0,

            /** EMPTY value */
            EMPTY = 1,

            /** ORG_ONLY value */
            ORG_ONLY = 2,

            /** CHAN_ONLY value */
            CHAN_ONLY = 3,

            /** CHAN_AND_ORG value */
            CHAN_AND_ORG = 4,

            /** CHAN_OR_ORG value */
            CHAN_OR_ORG = 5
        }
    }

    /**
     * Properties of a StateInfo.
     * @deprecated Use gossip.StateInfo.$Properties instead.
     */
    interface IStateInfo extends gossip.StateInfo.$Properties {
    }

    /** Represents a StateInfo. */
    class StateInfo {

        /**
         * Constructs a new StateInfo.
         * @param [p] Properties to set
         */
        constructor(p?: gossip.StateInfo.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** StateInfo timestamp. */
        timestamp?: (gossip.PeerTime.$Properties|null);

        /** StateInfo pkiId. */
        pkiId: Uint8Array;

        /** StateInfo channel_MAC. */
        channel_MAC: Uint8Array;

        /** StateInfo properties. */
        properties?: (gossip.Properties.$Properties|null);

        /**
         * Creates a new StateInfo instance using the specified properties.
         * @param [properties] Properties to set
         * @returns StateInfo instance
         */
        static create(properties: gossip.StateInfo.$Shape): gossip.StateInfo & gossip.StateInfo.$Shape;
        static create(properties?: gossip.StateInfo.$Properties): gossip.StateInfo;

        /**
         * Encodes the specified StateInfo message. Does not implicitly {@link gossip.StateInfo.verify|verify} messages.
         * @param m StateInfo message or plain object to encode
         * @param [w] Writer to encode to
         * @returns Writer
         */
        static encode(m: gossip.StateInfo.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a StateInfo message from the specified reader or buffer.
         * @param r Reader or buffer to decode from
         * @param [l] Message length if known beforehand
         * @returns {gossip.StateInfo & gossip.StateInfo.$Shape} StateInfo
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): gossip.StateInfo & gossip.StateInfo.$Shape;

        /**
         * Creates a StateInfo message from a plain object. Also converts values to their respective internal types.
         * @param d Plain object
         * @returns StateInfo
         */
        static fromObject(d: { [k: string]: any }): gossip.StateInfo;

        /**
         * Creates a plain object from a StateInfo message. Also converts values to other types if specified.
         * @param m StateInfo
         * @param [o] Conversion options
         * @returns Plain object
         */
        static toObject(m: gossip.StateInfo, o?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this StateInfo to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };
    }

    namespace StateInfo {

        /** Properties of a StateInfo. */
        interface $Properties {

            /** StateInfo timestamp */
            timestamp?: (gossip.PeerTime.$Properties|null);

            /** StateInfo pkiId */
            pkiId?: (Uint8Array|null);

            /** StateInfo channel_MAC */
            channel_MAC?: (Uint8Array|null);

            /** StateInfo properties */
            properties?: (gossip.Properties.$Properties|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a StateInfo. */
        type $Shape = gossip.StateInfo.$Properties;
    }

    /**
     * Properties of a Properties.
     * @deprecated Use gossip.Properties.$Properties instead.
     */
    interface IProperties extends gossip.Properties.$Properties {
    }

    /** Represents a Properties. */
    class Properties {

        /**
         * Constructs a new Properties.
         * @param [p] Properties to set
         */
        constructor(p?: gossip.Properties.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** Properties ledgerHeight. */
        ledgerHeight: (number|Long);

        /** Properties leftChannel. */
        leftChannel: boolean;

        /** Properties chaincodes. */
        chaincodes: gossip.Chaincode.$Properties[];

        /** Properties headHash. */
        headHash: Uint8Array;

        /**
         * Creates a new Properties instance using the specified properties.
         * @param [properties] Properties to set
         * @returns Properties instance
         */
        static create(properties: gossip.Properties.$Shape): gossip.Properties & gossip.Properties.$Shape;
        static create(properties?: gossip.Properties.$Properties): gossip.Properties;

        /**
         * Encodes the specified Properties message. Does not implicitly {@link gossip.Properties.verify|verify} messages.
         * @param m Properties message or plain object to encode
         * @param [w] Writer to encode to
         * @returns Writer
         */
        static encode(m: gossip.Properties.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a Properties message from the specified reader or buffer.
         * @param r Reader or buffer to decode from
         * @param [l] Message length if known beforehand
         * @returns {gossip.Properties & gossip.Properties.$Shape} Properties
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): gossip.Properties & gossip.Properties.$Shape;

        /**
         * Creates a Properties message from a plain object. Also converts values to their respective internal types.
         * @param d Plain object
         * @returns Properties
         */
        static fromObject(d: { [k: string]: any }): gossip.Properties;

        /**
         * Creates a plain object from a Properties message. Also converts values to other types if specified.
         * @param m Properties
         * @param [o] Conversion options
         * @returns Plain object
         */
        static toObject(m: gossip.Properties, o?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this Properties to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };
    }

    namespace Properties {

        /** Properties of a Properties. */
        interface $Properties {

            /** Properties ledgerHeight */
            ledgerHeight?: (number|Long|null);

            /** Properties leftChannel */
            leftChannel?: (boolean|null);

            /** Properties chaincodes */
            chaincodes?: (gossip.Chaincode.$Properties[]|null);

            /** Properties headHash */
            headHash?: (Uint8Array|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a Properties. */
        type $Shape = gossip.Properties.$Properties;
    }

    /**
     * Properties of a Chaincode.
     * @deprecated Use gossip.Chaincode.$Properties instead.
     */
    interface IChaincode extends gossip.Chaincode.$Properties {
    }

    /** Represents a Chaincode. */
    class Chaincode {

        /**
         * Constructs a new Chaincode.
         * @param [p] Properties to set
         */
        constructor(p?: gossip.Chaincode.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** Chaincode name. */
        name: string;

        /** Chaincode version. */
        version: string;

        /** Chaincode metadata. */
        metadata: Uint8Array;

        /**
         * Creates a new Chaincode instance using the specified properties.
         * @param [properties] Properties to set
         * @returns Chaincode instance
         */
        static create(properties: gossip.Chaincode.$Shape): gossip.Chaincode & gossip.Chaincode.$Shape;
        static create(properties?: gossip.Chaincode.$Properties): gossip.Chaincode;

        /**
         * Encodes the specified Chaincode message. Does not implicitly {@link gossip.Chaincode.verify|verify} messages.
         * @param m Chaincode message or plain object to encode
         * @param [w] Writer to encode to
         * @returns Writer
         */
        static encode(m: gossip.Chaincode.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a Chaincode message from the specified reader or buffer.
         * @param r Reader or buffer to decode from
         * @param [l] Message length if known beforehand
         * @returns {gossip.Chaincode & gossip.Chaincode.$Shape} Chaincode
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): gossip.Chaincode & gossip.Chaincode.$Shape;

        /**
         * Creates a Chaincode message from a plain object. Also converts values to their respective internal types.
         * @param d Plain object
         * @returns Chaincode
         */
        static fromObject(d: { [k: string]: any }): gossip.Chaincode;

        /**
         * Creates a plain object from a Chaincode message. Also converts values to other types if specified.
         * @param m Chaincode
         * @param [o] Conversion options
         * @returns Plain object
         */
        static toObject(m: gossip.Chaincode, o?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this Chaincode to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };
    }

    namespace Chaincode {

        /** Properties of a Chaincode. */
        interface $Properties {

            /** Chaincode name */
            name?: (string|null);

            /** Chaincode version */
            version?: (string|null);

            /** Chaincode metadata */
            metadata?: (Uint8Array|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a Chaincode. */
        type $Shape = gossip.Chaincode.$Properties;
    }

    /**
     * Properties of a StateInfoSnapshot.
     * @deprecated Use gossip.StateInfoSnapshot.$Properties instead.
     */
    interface IStateInfoSnapshot extends gossip.StateInfoSnapshot.$Properties {
    }

    /** Represents a StateInfoSnapshot. */
    class StateInfoSnapshot {

        /**
         * Constructs a new StateInfoSnapshot.
         * @param [p] Properties to set
         */
        constructor(p?: gossip.StateInfoSnapshot.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** StateInfoSnapshot elements. */
        elements: gossip.Envelope.$Properties[];

        /**
         * Creates a new StateInfoSnapshot instance using the specified properties.
         * @param [properties] Properties to set
         * @returns StateInfoSnapshot instance
         */
        static create(properties: gossip.StateInfoSnapshot.$Shape): gossip.StateInfoSnapshot & gossip.StateInfoSnapshot.$Shape;
        static create(properties?: gossip.StateInfoSnapshot.$Properties): gossip.StateInfoSnapshot;

        /**
         * Encodes the specified StateInfoSnapshot message. Does not implicitly {@link gossip.StateInfoSnapshot.verify|verify} messages.
         * @param m StateInfoSnapshot message or plain object to encode
         * @param [w] Writer to encode to
         * @returns Writer
         */
        static encode(m: gossip.StateInfoSnapshot.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a StateInfoSnapshot message from the specified reader or buffer.
         * @param r Reader or buffer to decode from
         * @param [l] Message length if known beforehand
         * @returns {gossip.StateInfoSnapshot & gossip.StateInfoSnapshot.$Shape} StateInfoSnapshot
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): gossip.StateInfoSnapshot & gossip.StateInfoSnapshot.$Shape;

        /**
         * Creates a StateInfoSnapshot message from a plain object. Also converts values to their respective internal types.
         * @param d Plain object
         * @returns StateInfoSnapshot
         */
        static fromObject(d: { [k: string]: any }): gossip.StateInfoSnapshot;

        /**
         * Creates a plain object from a StateInfoSnapshot message. Also converts values to other types if specified.
         * @param m StateInfoSnapshot
         * @param [o] Conversion options
         * @returns Plain object
         */
        static toObject(m: gossip.StateInfoSnapshot, o?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this StateInfoSnapshot to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };
    }

    namespace StateInfoSnapshot {

        /** Properties of a StateInfoSnapshot. */
        interface $Properties {

            /** StateInfoSnapshot elements */
            elements?: (gossip.Envelope.$Properties[]|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a StateInfoSnapshot. */
        type $Shape = gossip.StateInfoSnapshot.$Properties;
    }

    /**
     * Properties of a StateInfoPullRequest.
     * @deprecated Use gossip.StateInfoPullRequest.$Properties instead.
     */
    interface IStateInfoPullRequest extends gossip.StateInfoPullRequest.$Properties {
    }

    /** Represents a StateInfoPullRequest. */
    class StateInfoPullRequest {

        /**
         * Constructs a new StateInfoPullRequest.
         * @param [p] Properties to set
         */
        constructor(p?: gossip.StateInfoPullRequest.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** StateInfoPullRequest channel_MAC. */
        channel_MAC: Uint8Array;

        /**
         * Creates a new StateInfoPullRequest instance using the specified properties.
         * @param [properties] Properties to set
         * @returns StateInfoPullRequest instance
         */
        static create(properties: gossip.StateInfoPullRequest.$Shape): gossip.StateInfoPullRequest & gossip.StateInfoPullRequest.$Shape;
        static create(properties?: gossip.StateInfoPullRequest.$Properties): gossip.StateInfoPullRequest;

        /**
         * Encodes the specified StateInfoPullRequest message. Does not implicitly {@link gossip.StateInfoPullRequest.verify|verify} messages.
         * @param m StateInfoPullRequest message or plain object to encode
         * @param [w] Writer to encode to
         * @returns Writer
         */
        static encode(m: gossip.StateInfoPullRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a StateInfoPullRequest message from the specified reader or buffer.
         * @param r Reader or buffer to decode from
         * @param [l] Message length if known beforehand
         * @returns {gossip.StateInfoPullRequest & gossip.StateInfoPullRequest.$Shape} StateInfoPullRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): gossip.StateInfoPullRequest & gossip.StateInfoPullRequest.$Shape;

        /**
         * Creates a StateInfoPullRequest message from a plain object. Also converts values to their respective internal types.
         * @param d Plain object
         * @returns StateInfoPullRequest
         */
        static fromObject(d: { [k: string]: any }): gossip.StateInfoPullRequest;

        /**
         * Creates a plain object from a StateInfoPullRequest message. Also converts values to other types if specified.
         * @param m StateInfoPullRequest
         * @param [o] Conversion options
         * @returns Plain object
         */
        static toObject(m: gossip.StateInfoPullRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this StateInfoPullRequest to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };
    }

    namespace StateInfoPullRequest {

        /** Properties of a StateInfoPullRequest. */
        interface $Properties {

            /** StateInfoPullRequest channel_MAC */
            channel_MAC?: (Uint8Array|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a StateInfoPullRequest. */
        type $Shape = gossip.StateInfoPullRequest.$Properties;
    }

    /**
     * Properties of a ConnEstablish.
     * @deprecated Use gossip.ConnEstablish.$Properties instead.
     */
    interface IConnEstablish extends gossip.ConnEstablish.$Properties {
    }

    /** Represents a ConnEstablish. */
    class ConnEstablish {

        /**
         * Constructs a new ConnEstablish.
         * @param [p] Properties to set
         */
        constructor(p?: gossip.ConnEstablish.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** ConnEstablish pkiId. */
        pkiId: Uint8Array;

        /** ConnEstablish identity. */
        identity: Uint8Array;

        /** ConnEstablish tlsCertHash. */
        tlsCertHash: Uint8Array;

        /** ConnEstablish probe. */
        probe: boolean;

        /**
         * Creates a new ConnEstablish instance using the specified properties.
         * @param [properties] Properties to set
         * @returns ConnEstablish instance
         */
        static create(properties: gossip.ConnEstablish.$Shape): gossip.ConnEstablish & gossip.ConnEstablish.$Shape;
        static create(properties?: gossip.ConnEstablish.$Properties): gossip.ConnEstablish;

        /**
         * Encodes the specified ConnEstablish message. Does not implicitly {@link gossip.ConnEstablish.verify|verify} messages.
         * @param m ConnEstablish message or plain object to encode
         * @param [w] Writer to encode to
         * @returns Writer
         */
        static encode(m: gossip.ConnEstablish.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a ConnEstablish message from the specified reader or buffer.
         * @param r Reader or buffer to decode from
         * @param [l] Message length if known beforehand
         * @returns {gossip.ConnEstablish & gossip.ConnEstablish.$Shape} ConnEstablish
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): gossip.ConnEstablish & gossip.ConnEstablish.$Shape;

        /**
         * Creates a ConnEstablish message from a plain object. Also converts values to their respective internal types.
         * @param d Plain object
         * @returns ConnEstablish
         */
        static fromObject(d: { [k: string]: any }): gossip.ConnEstablish;

        /**
         * Creates a plain object from a ConnEstablish message. Also converts values to other types if specified.
         * @param m ConnEstablish
         * @param [o] Conversion options
         * @returns Plain object
         */
        static toObject(m: gossip.ConnEstablish, o?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this ConnEstablish to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };
    }

    namespace ConnEstablish {

        /** Properties of a ConnEstablish. */
        interface $Properties {

            /** ConnEstablish pkiId */
            pkiId?: (Uint8Array|null);

            /** ConnEstablish identity */
            identity?: (Uint8Array|null);

            /** ConnEstablish tlsCertHash */
            tlsCertHash?: (Uint8Array|null);

            /** ConnEstablish probe */
            probe?: (boolean|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a ConnEstablish. */
        type $Shape = gossip.ConnEstablish.$Properties;
    }

    /**
     * Properties of a PeerIdentity.
     * @deprecated Use gossip.PeerIdentity.$Properties instead.
     */
    interface IPeerIdentity extends gossip.PeerIdentity.$Properties {
    }

    /** Represents a PeerIdentity. */
    class PeerIdentity {

        /**
         * Constructs a new PeerIdentity.
         * @param [p] Properties to set
         */
        constructor(p?: gossip.PeerIdentity.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** PeerIdentity pkiId. */
        pkiId: Uint8Array;

        /** PeerIdentity cert. */
        cert: Uint8Array;

        /** PeerIdentity metadata. */
        metadata: Uint8Array;

        /**
         * Creates a new PeerIdentity instance using the specified properties.
         * @param [properties] Properties to set
         * @returns PeerIdentity instance
         */
        static create(properties: gossip.PeerIdentity.$Shape): gossip.PeerIdentity & gossip.PeerIdentity.$Shape;
        static create(properties?: gossip.PeerIdentity.$Properties): gossip.PeerIdentity;

        /**
         * Encodes the specified PeerIdentity message. Does not implicitly {@link gossip.PeerIdentity.verify|verify} messages.
         * @param m PeerIdentity message or plain object to encode
         * @param [w] Writer to encode to
         * @returns Writer
         */
        static encode(m: gossip.PeerIdentity.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a PeerIdentity message from the specified reader or buffer.
         * @param r Reader or buffer to decode from
         * @param [l] Message length if known beforehand
         * @returns {gossip.PeerIdentity & gossip.PeerIdentity.$Shape} PeerIdentity
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): gossip.PeerIdentity & gossip.PeerIdentity.$Shape;

        /**
         * Creates a PeerIdentity message from a plain object. Also converts values to their respective internal types.
         * @param d Plain object
         * @returns PeerIdentity
         */
        static fromObject(d: { [k: string]: any }): gossip.PeerIdentity;

        /**
         * Creates a plain object from a PeerIdentity message. Also converts values to other types if specified.
         * @param m PeerIdentity
         * @param [o] Conversion options
         * @returns Plain object
         */
        static toObject(m: gossip.PeerIdentity, o?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this PeerIdentity to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };
    }

    namespace PeerIdentity {

        /** Properties of a PeerIdentity. */
        interface $Properties {

            /** PeerIdentity pkiId */
            pkiId?: (Uint8Array|null);

            /** PeerIdentity cert */
            cert?: (Uint8Array|null);

            /** PeerIdentity metadata */
            metadata?: (Uint8Array|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a PeerIdentity. */
        type $Shape = gossip.PeerIdentity.$Properties;
    }

    /** PullMsgType enum. */
    enum PullMsgType {

        /** UNDEFINED value */
        UNDEFINED = 0,

        /** BLOCK_MSG value */
        BLOCK_MSG = 1,

        /** IDENTITY_MSG value */
        IDENTITY_MSG = 2
    }

    /**
     * Properties of a DataRequest.
     * @deprecated Use gossip.DataRequest.$Properties instead.
     */
    interface IDataRequest extends gossip.DataRequest.$Properties {
    }

    /** Represents a DataRequest. */
    class DataRequest {

        /**
         * Constructs a new DataRequest.
         * @param [p] Properties to set
         */
        constructor(p?: gossip.DataRequest.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** DataRequest nonce. */
        nonce: (number|Long);

        /** DataRequest digests. */
        digests: Uint8Array[];

        /** DataRequest msgType. */
        msgType: gossip.PullMsgType;

        /**
         * Creates a new DataRequest instance using the specified properties.
         * @param [properties] Properties to set
         * @returns DataRequest instance
         */
        static create(properties: gossip.DataRequest.$Shape): gossip.DataRequest & gossip.DataRequest.$Shape;
        static create(properties?: gossip.DataRequest.$Properties): gossip.DataRequest;

        /**
         * Encodes the specified DataRequest message. Does not implicitly {@link gossip.DataRequest.verify|verify} messages.
         * @param m DataRequest message or plain object to encode
         * @param [w] Writer to encode to
         * @returns Writer
         */
        static encode(m: gossip.DataRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a DataRequest message from the specified reader or buffer.
         * @param r Reader or buffer to decode from
         * @param [l] Message length if known beforehand
         * @returns {gossip.DataRequest & gossip.DataRequest.$Shape} DataRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): gossip.DataRequest & gossip.DataRequest.$Shape;

        /**
         * Creates a DataRequest message from a plain object. Also converts values to their respective internal types.
         * @param d Plain object
         * @returns DataRequest
         */
        static fromObject(d: { [k: string]: any }): gossip.DataRequest;

        /**
         * Creates a plain object from a DataRequest message. Also converts values to other types if specified.
         * @param m DataRequest
         * @param [o] Conversion options
         * @returns Plain object
         */
        static toObject(m: gossip.DataRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this DataRequest to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };
    }

    namespace DataRequest {

        /** Properties of a DataRequest. */
        interface $Properties {

            /** DataRequest nonce */
            nonce?: (number|Long|null);

            /** DataRequest digests */
            digests?: (Uint8Array[]|null);

            /** DataRequest msgType */
            msgType?: (gossip.PullMsgType|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a DataRequest. */
        type $Shape = gossip.DataRequest.$Properties;
    }

    /**
     * Properties of a GossipHello.
     * @deprecated Use gossip.GossipHello.$Properties instead.
     */
    interface IGossipHello extends gossip.GossipHello.$Properties {
    }

    /** Represents a GossipHello. */
    class GossipHello {

        /**
         * Constructs a new GossipHello.
         * @param [p] Properties to set
         */
        constructor(p?: gossip.GossipHello.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** GossipHello nonce. */
        nonce: (number|Long);

        /** GossipHello metadata. */
        metadata: Uint8Array;

        /** GossipHello msgType. */
        msgType: gossip.PullMsgType;

        /**
         * Creates a new GossipHello instance using the specified properties.
         * @param [properties] Properties to set
         * @returns GossipHello instance
         */
        static create(properties: gossip.GossipHello.$Shape): gossip.GossipHello & gossip.GossipHello.$Shape;
        static create(properties?: gossip.GossipHello.$Properties): gossip.GossipHello;

        /**
         * Encodes the specified GossipHello message. Does not implicitly {@link gossip.GossipHello.verify|verify} messages.
         * @param m GossipHello message or plain object to encode
         * @param [w] Writer to encode to
         * @returns Writer
         */
        static encode(m: gossip.GossipHello.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a GossipHello message from the specified reader or buffer.
         * @param r Reader or buffer to decode from
         * @param [l] Message length if known beforehand
         * @returns {gossip.GossipHello & gossip.GossipHello.$Shape} GossipHello
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): gossip.GossipHello & gossip.GossipHello.$Shape;

        /**
         * Creates a GossipHello message from a plain object. Also converts values to their respective internal types.
         * @param d Plain object
         * @returns GossipHello
         */
        static fromObject(d: { [k: string]: any }): gossip.GossipHello;

        /**
         * Creates a plain object from a GossipHello message. Also converts values to other types if specified.
         * @param m GossipHello
         * @param [o] Conversion options
         * @returns Plain object
         */
        static toObject(m: gossip.GossipHello, o?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this GossipHello to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };
    }

    namespace GossipHello {

        /** Properties of a GossipHello. */
        interface $Properties {

            /** GossipHello nonce */
            nonce?: (number|Long|null);

            /** GossipHello metadata */
            metadata?: (Uint8Array|null);

            /** GossipHello msgType */
            msgType?: (gossip.PullMsgType|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a GossipHello. */
        type $Shape = gossip.GossipHello.$Properties;
    }

    /**
     * Properties of a DataUpdate.
     * @deprecated Use gossip.DataUpdate.$Properties instead.
     */
    interface IDataUpdate extends gossip.DataUpdate.$Properties {
    }

    /** Represents a DataUpdate. */
    class DataUpdate {

        /**
         * Constructs a new DataUpdate.
         * @param [p] Properties to set
         */
        constructor(p?: gossip.DataUpdate.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** DataUpdate nonce. */
        nonce: (number|Long);

        /** DataUpdate data. */
        data: gossip.Envelope.$Properties[];

        /** DataUpdate msgType. */
        msgType: gossip.PullMsgType;

        /**
         * Creates a new DataUpdate instance using the specified properties.
         * @param [properties] Properties to set
         * @returns DataUpdate instance
         */
        static create(properties: gossip.DataUpdate.$Shape): gossip.DataUpdate & gossip.DataUpdate.$Shape;
        static create(properties?: gossip.DataUpdate.$Properties): gossip.DataUpdate;

        /**
         * Encodes the specified DataUpdate message. Does not implicitly {@link gossip.DataUpdate.verify|verify} messages.
         * @param m DataUpdate message or plain object to encode
         * @param [w] Writer to encode to
         * @returns Writer
         */
        static encode(m: gossip.DataUpdate.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a DataUpdate message from the specified reader or buffer.
         * @param r Reader or buffer to decode from
         * @param [l] Message length if known beforehand
         * @returns {gossip.DataUpdate & gossip.DataUpdate.$Shape} DataUpdate
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): gossip.DataUpdate & gossip.DataUpdate.$Shape;

        /**
         * Creates a DataUpdate message from a plain object. Also converts values to their respective internal types.
         * @param d Plain object
         * @returns DataUpdate
         */
        static fromObject(d: { [k: string]: any }): gossip.DataUpdate;

        /**
         * Creates a plain object from a DataUpdate message. Also converts values to other types if specified.
         * @param m DataUpdate
         * @param [o] Conversion options
         * @returns Plain object
         */
        static toObject(m: gossip.DataUpdate, o?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this DataUpdate to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };
    }

    namespace DataUpdate {

        /** Properties of a DataUpdate. */
        interface $Properties {

            /** DataUpdate nonce */
            nonce?: (number|Long|null);

            /** DataUpdate data */
            data?: (gossip.Envelope.$Properties[]|null);

            /** DataUpdate msgType */
            msgType?: (gossip.PullMsgType|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a DataUpdate. */
        type $Shape = gossip.DataUpdate.$Properties;
    }

    /**
     * Properties of a DataDigest.
     * @deprecated Use gossip.DataDigest.$Properties instead.
     */
    interface IDataDigest extends gossip.DataDigest.$Properties {
    }

    /** Represents a DataDigest. */
    class DataDigest {

        /**
         * Constructs a new DataDigest.
         * @param [p] Properties to set
         */
        constructor(p?: gossip.DataDigest.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** DataDigest nonce. */
        nonce: (number|Long);

        /** DataDigest digests. */
        digests: Uint8Array[];

        /** DataDigest msgType. */
        msgType: gossip.PullMsgType;

        /**
         * Creates a new DataDigest instance using the specified properties.
         * @param [properties] Properties to set
         * @returns DataDigest instance
         */
        static create(properties: gossip.DataDigest.$Shape): gossip.DataDigest & gossip.DataDigest.$Shape;
        static create(properties?: gossip.DataDigest.$Properties): gossip.DataDigest;

        /**
         * Encodes the specified DataDigest message. Does not implicitly {@link gossip.DataDigest.verify|verify} messages.
         * @param m DataDigest message or plain object to encode
         * @param [w] Writer to encode to
         * @returns Writer
         */
        static encode(m: gossip.DataDigest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a DataDigest message from the specified reader or buffer.
         * @param r Reader or buffer to decode from
         * @param [l] Message length if known beforehand
         * @returns {gossip.DataDigest & gossip.DataDigest.$Shape} DataDigest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): gossip.DataDigest & gossip.DataDigest.$Shape;

        /**
         * Creates a DataDigest message from a plain object. Also converts values to their respective internal types.
         * @param d Plain object
         * @returns DataDigest
         */
        static fromObject(d: { [k: string]: any }): gossip.DataDigest;

        /**
         * Creates a plain object from a DataDigest message. Also converts values to other types if specified.
         * @param m DataDigest
         * @param [o] Conversion options
         * @returns Plain object
         */
        static toObject(m: gossip.DataDigest, o?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this DataDigest to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };
    }

    namespace DataDigest {

        /** Properties of a DataDigest. */
        interface $Properties {

            /** DataDigest nonce */
            nonce?: (number|Long|null);

            /** DataDigest digests */
            digests?: (Uint8Array[]|null);

            /** DataDigest msgType */
            msgType?: (gossip.PullMsgType|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a DataDigest. */
        type $Shape = gossip.DataDigest.$Properties;
    }

    /**
     * Properties of a DataMessage.
     * @deprecated Use gossip.DataMessage.$Properties instead.
     */
    interface IDataMessage extends gossip.DataMessage.$Properties {
    }

    /** Represents a DataMessage. */
    class DataMessage {

        /**
         * Constructs a new DataMessage.
         * @param [p] Properties to set
         */
        constructor(p?: gossip.DataMessage.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** DataMessage payload. */
        payload?: (gossip.Payload.$Properties|null);

        /**
         * Creates a new DataMessage instance using the specified properties.
         * @param [properties] Properties to set
         * @returns DataMessage instance
         */
        static create(properties: gossip.DataMessage.$Shape): gossip.DataMessage & gossip.DataMessage.$Shape;
        static create(properties?: gossip.DataMessage.$Properties): gossip.DataMessage;

        /**
         * Encodes the specified DataMessage message. Does not implicitly {@link gossip.DataMessage.verify|verify} messages.
         * @param m DataMessage message or plain object to encode
         * @param [w] Writer to encode to
         * @returns Writer
         */
        static encode(m: gossip.DataMessage.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a DataMessage message from the specified reader or buffer.
         * @param r Reader or buffer to decode from
         * @param [l] Message length if known beforehand
         * @returns {gossip.DataMessage & gossip.DataMessage.$Shape} DataMessage
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): gossip.DataMessage & gossip.DataMessage.$Shape;

        /**
         * Creates a DataMessage message from a plain object. Also converts values to their respective internal types.
         * @param d Plain object
         * @returns DataMessage
         */
        static fromObject(d: { [k: string]: any }): gossip.DataMessage;

        /**
         * Creates a plain object from a DataMessage message. Also converts values to other types if specified.
         * @param m DataMessage
         * @param [o] Conversion options
         * @returns Plain object
         */
        static toObject(m: gossip.DataMessage, o?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this DataMessage to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };
    }

    namespace DataMessage {

        /** Properties of a DataMessage. */
        interface $Properties {

            /** DataMessage payload */
            payload?: (gossip.Payload.$Properties|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a DataMessage. */
        type $Shape = gossip.DataMessage.$Properties;
    }

    /**
     * Properties of a Payload.
     * @deprecated Use gossip.Payload.$Properties instead.
     */
    interface IPayload extends gossip.Payload.$Properties {
    }

    /** Represents a Payload. */
    class Payload {

        /**
         * Constructs a new Payload.
         * @param [p] Properties to set
         */
        constructor(p?: gossip.Payload.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** Payload seqNum. */
        seqNum: (number|Long);

        /** Payload data. */
        data: Uint8Array;

        /** Payload privateData. */
        privateData: Uint8Array[];

        /**
         * Creates a new Payload instance using the specified properties.
         * @param [properties] Properties to set
         * @returns Payload instance
         */
        static create(properties: gossip.Payload.$Shape): gossip.Payload & gossip.Payload.$Shape;
        static create(properties?: gossip.Payload.$Properties): gossip.Payload;

        /**
         * Encodes the specified Payload message. Does not implicitly {@link gossip.Payload.verify|verify} messages.
         * @param m Payload message or plain object to encode
         * @param [w] Writer to encode to
         * @returns Writer
         */
        static encode(m: gossip.Payload.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a Payload message from the specified reader or buffer.
         * @param r Reader or buffer to decode from
         * @param [l] Message length if known beforehand
         * @returns {gossip.Payload & gossip.Payload.$Shape} Payload
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): gossip.Payload & gossip.Payload.$Shape;

        /**
         * Creates a Payload message from a plain object. Also converts values to their respective internal types.
         * @param d Plain object
         * @returns Payload
         */
        static fromObject(d: { [k: string]: any }): gossip.Payload;

        /**
         * Creates a plain object from a Payload message. Also converts values to other types if specified.
         * @param m Payload
         * @param [o] Conversion options
         * @returns Plain object
         */
        static toObject(m: gossip.Payload, o?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this Payload to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };
    }

    namespace Payload {

        /** Properties of a Payload. */
        interface $Properties {

            /** Payload seqNum */
            seqNum?: (number|Long|null);

            /** Payload data */
            data?: (Uint8Array|null);

            /** Payload privateData */
            privateData?: (Uint8Array[]|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a Payload. */
        type $Shape = gossip.Payload.$Properties;
    }

    /**
     * Properties of an AliveMessage.
     * @deprecated Use gossip.AliveMessage.$Properties instead.
     */
    interface IAliveMessage extends gossip.AliveMessage.$Properties {
    }

    /** Represents an AliveMessage. */
    class AliveMessage {

        /**
         * Constructs a new AliveMessage.
         * @param [p] Properties to set
         */
        constructor(p?: gossip.AliveMessage.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** AliveMessage membership. */
        membership?: (gossip.Member.$Properties|null);

        /** AliveMessage timestamp. */
        timestamp?: (gossip.PeerTime.$Properties|null);

        /** AliveMessage identity. */
        identity: Uint8Array;

        /**
         * Creates a new AliveMessage instance using the specified properties.
         * @param [properties] Properties to set
         * @returns AliveMessage instance
         */
        static create(properties: gossip.AliveMessage.$Shape): gossip.AliveMessage & gossip.AliveMessage.$Shape;
        static create(properties?: gossip.AliveMessage.$Properties): gossip.AliveMessage;

        /**
         * Encodes the specified AliveMessage message. Does not implicitly {@link gossip.AliveMessage.verify|verify} messages.
         * @param m AliveMessage message or plain object to encode
         * @param [w] Writer to encode to
         * @returns Writer
         */
        static encode(m: gossip.AliveMessage.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an AliveMessage message from the specified reader or buffer.
         * @param r Reader or buffer to decode from
         * @param [l] Message length if known beforehand
         * @returns {gossip.AliveMessage & gossip.AliveMessage.$Shape} AliveMessage
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): gossip.AliveMessage & gossip.AliveMessage.$Shape;

        /**
         * Creates an AliveMessage message from a plain object. Also converts values to their respective internal types.
         * @param d Plain object
         * @returns AliveMessage
         */
        static fromObject(d: { [k: string]: any }): gossip.AliveMessage;

        /**
         * Creates a plain object from an AliveMessage message. Also converts values to other types if specified.
         * @param m AliveMessage
         * @param [o] Conversion options
         * @returns Plain object
         */
        static toObject(m: gossip.AliveMessage, o?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this AliveMessage to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };
    }

    namespace AliveMessage {

        /** Properties of an AliveMessage. */
        interface $Properties {

            /** AliveMessage membership */
            membership?: (gossip.Member.$Properties|null);

            /** AliveMessage timestamp */
            timestamp?: (gossip.PeerTime.$Properties|null);

            /** AliveMessage identity */
            identity?: (Uint8Array|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of an AliveMessage. */
        type $Shape = gossip.AliveMessage.$Properties;
    }

    /**
     * Properties of a LeadershipMessage.
     * @deprecated Use gossip.LeadershipMessage.$Properties instead.
     */
    interface ILeadershipMessage extends gossip.LeadershipMessage.$Properties {
    }

    /** Represents a LeadershipMessage. */
    class LeadershipMessage {

        /**
         * Constructs a new LeadershipMessage.
         * @param [p] Properties to set
         */
        constructor(p?: gossip.LeadershipMessage.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** LeadershipMessage pkiId. */
        pkiId: Uint8Array;

        /** LeadershipMessage timestamp. */
        timestamp?: (gossip.PeerTime.$Properties|null);

        /** LeadershipMessage isDeclaration. */
        isDeclaration: boolean;

        /**
         * Creates a new LeadershipMessage instance using the specified properties.
         * @param [properties] Properties to set
         * @returns LeadershipMessage instance
         */
        static create(properties: gossip.LeadershipMessage.$Shape): gossip.LeadershipMessage & gossip.LeadershipMessage.$Shape;
        static create(properties?: gossip.LeadershipMessage.$Properties): gossip.LeadershipMessage;

        /**
         * Encodes the specified LeadershipMessage message. Does not implicitly {@link gossip.LeadershipMessage.verify|verify} messages.
         * @param m LeadershipMessage message or plain object to encode
         * @param [w] Writer to encode to
         * @returns Writer
         */
        static encode(m: gossip.LeadershipMessage.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a LeadershipMessage message from the specified reader or buffer.
         * @param r Reader or buffer to decode from
         * @param [l] Message length if known beforehand
         * @returns {gossip.LeadershipMessage & gossip.LeadershipMessage.$Shape} LeadershipMessage
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): gossip.LeadershipMessage & gossip.LeadershipMessage.$Shape;

        /**
         * Creates a LeadershipMessage message from a plain object. Also converts values to their respective internal types.
         * @param d Plain object
         * @returns LeadershipMessage
         */
        static fromObject(d: { [k: string]: any }): gossip.LeadershipMessage;

        /**
         * Creates a plain object from a LeadershipMessage message. Also converts values to other types if specified.
         * @param m LeadershipMessage
         * @param [o] Conversion options
         * @returns Plain object
         */
        static toObject(m: gossip.LeadershipMessage, o?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this LeadershipMessage to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };
    }

    namespace LeadershipMessage {

        /** Properties of a LeadershipMessage. */
        interface $Properties {

            /** LeadershipMessage pkiId */
            pkiId?: (Uint8Array|null);

            /** LeadershipMessage timestamp */
            timestamp?: (gossip.PeerTime.$Properties|null);

            /** LeadershipMessage isDeclaration */
            isDeclaration?: (boolean|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a LeadershipMessage. */
        type $Shape = gossip.LeadershipMessage.$Properties;
    }

    /**
     * Properties of a PeerTime.
     * @deprecated Use gossip.PeerTime.$Properties instead.
     */
    interface IPeerTime extends gossip.PeerTime.$Properties {
    }

    /** Represents a PeerTime. */
    class PeerTime {

        /**
         * Constructs a new PeerTime.
         * @param [p] Properties to set
         */
        constructor(p?: gossip.PeerTime.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** PeerTime incNum. */
        incNum: (number|Long);

        /** PeerTime seqNum. */
        seqNum: (number|Long);

        /**
         * Creates a new PeerTime instance using the specified properties.
         * @param [properties] Properties to set
         * @returns PeerTime instance
         */
        static create(properties: gossip.PeerTime.$Shape): gossip.PeerTime & gossip.PeerTime.$Shape;
        static create(properties?: gossip.PeerTime.$Properties): gossip.PeerTime;

        /**
         * Encodes the specified PeerTime message. Does not implicitly {@link gossip.PeerTime.verify|verify} messages.
         * @param m PeerTime message or plain object to encode
         * @param [w] Writer to encode to
         * @returns Writer
         */
        static encode(m: gossip.PeerTime.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a PeerTime message from the specified reader or buffer.
         * @param r Reader or buffer to decode from
         * @param [l] Message length if known beforehand
         * @returns {gossip.PeerTime & gossip.PeerTime.$Shape} PeerTime
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): gossip.PeerTime & gossip.PeerTime.$Shape;

        /**
         * Creates a PeerTime message from a plain object. Also converts values to their respective internal types.
         * @param d Plain object
         * @returns PeerTime
         */
        static fromObject(d: { [k: string]: any }): gossip.PeerTime;

        /**
         * Creates a plain object from a PeerTime message. Also converts values to other types if specified.
         * @param m PeerTime
         * @param [o] Conversion options
         * @returns Plain object
         */
        static toObject(m: gossip.PeerTime, o?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this PeerTime to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };
    }

    namespace PeerTime {

        /** Properties of a PeerTime. */
        interface $Properties {

            /** PeerTime incNum */
            incNum?: (number|Long|null);

            /** PeerTime seqNum */
            seqNum?: (number|Long|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a PeerTime. */
        type $Shape = gossip.PeerTime.$Properties;
    }

    /**
     * Properties of a MembershipRequest.
     * @deprecated Use gossip.MembershipRequest.$Properties instead.
     */
    interface IMembershipRequest extends gossip.MembershipRequest.$Properties {
    }

    /** Represents a MembershipRequest. */
    class MembershipRequest {

        /**
         * Constructs a new MembershipRequest.
         * @param [p] Properties to set
         */
        constructor(p?: gossip.MembershipRequest.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** MembershipRequest selfInformation. */
        selfInformation?: (gossip.Envelope.$Properties|null);

        /** MembershipRequest known. */
        known: Uint8Array[];

        /**
         * Creates a new MembershipRequest instance using the specified properties.
         * @param [properties] Properties to set
         * @returns MembershipRequest instance
         */
        static create(properties: gossip.MembershipRequest.$Shape): gossip.MembershipRequest & gossip.MembershipRequest.$Shape;
        static create(properties?: gossip.MembershipRequest.$Properties): gossip.MembershipRequest;

        /**
         * Encodes the specified MembershipRequest message. Does not implicitly {@link gossip.MembershipRequest.verify|verify} messages.
         * @param m MembershipRequest message or plain object to encode
         * @param [w] Writer to encode to
         * @returns Writer
         */
        static encode(m: gossip.MembershipRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a MembershipRequest message from the specified reader or buffer.
         * @param r Reader or buffer to decode from
         * @param [l] Message length if known beforehand
         * @returns {gossip.MembershipRequest & gossip.MembershipRequest.$Shape} MembershipRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): gossip.MembershipRequest & gossip.MembershipRequest.$Shape;

        /**
         * Creates a MembershipRequest message from a plain object. Also converts values to their respective internal types.
         * @param d Plain object
         * @returns MembershipRequest
         */
        static fromObject(d: { [k: string]: any }): gossip.MembershipRequest;

        /**
         * Creates a plain object from a MembershipRequest message. Also converts values to other types if specified.
         * @param m MembershipRequest
         * @param [o] Conversion options
         * @returns Plain object
         */
        static toObject(m: gossip.MembershipRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this MembershipRequest to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };
    }

    namespace MembershipRequest {

        /** Properties of a MembershipRequest. */
        interface $Properties {

            /** MembershipRequest selfInformation */
            selfInformation?: (gossip.Envelope.$Properties|null);

            /** MembershipRequest known */
            known?: (Uint8Array[]|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a MembershipRequest. */
        type $Shape = gossip.MembershipRequest.$Properties;
    }

    /**
     * Properties of a MembershipResponse.
     * @deprecated Use gossip.MembershipResponse.$Properties instead.
     */
    interface IMembershipResponse extends gossip.MembershipResponse.$Properties {
    }

    /** Represents a MembershipResponse. */
    class MembershipResponse {

        /**
         * Constructs a new MembershipResponse.
         * @param [p] Properties to set
         */
        constructor(p?: gossip.MembershipResponse.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** MembershipResponse alive. */
        alive: gossip.Envelope.$Properties[];

        /** MembershipResponse dead. */
        dead: gossip.Envelope.$Properties[];

        /**
         * Creates a new MembershipResponse instance using the specified properties.
         * @param [properties] Properties to set
         * @returns MembershipResponse instance
         */
        static create(properties: gossip.MembershipResponse.$Shape): gossip.MembershipResponse & gossip.MembershipResponse.$Shape;
        static create(properties?: gossip.MembershipResponse.$Properties): gossip.MembershipResponse;

        /**
         * Encodes the specified MembershipResponse message. Does not implicitly {@link gossip.MembershipResponse.verify|verify} messages.
         * @param m MembershipResponse message or plain object to encode
         * @param [w] Writer to encode to
         * @returns Writer
         */
        static encode(m: gossip.MembershipResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a MembershipResponse message from the specified reader or buffer.
         * @param r Reader or buffer to decode from
         * @param [l] Message length if known beforehand
         * @returns {gossip.MembershipResponse & gossip.MembershipResponse.$Shape} MembershipResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): gossip.MembershipResponse & gossip.MembershipResponse.$Shape;

        /**
         * Creates a MembershipResponse message from a plain object. Also converts values to their respective internal types.
         * @param d Plain object
         * @returns MembershipResponse
         */
        static fromObject(d: { [k: string]: any }): gossip.MembershipResponse;

        /**
         * Creates a plain object from a MembershipResponse message. Also converts values to other types if specified.
         * @param m MembershipResponse
         * @param [o] Conversion options
         * @returns Plain object
         */
        static toObject(m: gossip.MembershipResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this MembershipResponse to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };
    }

    namespace MembershipResponse {

        /** Properties of a MembershipResponse. */
        interface $Properties {

            /** MembershipResponse alive */
            alive?: (gossip.Envelope.$Properties[]|null);

            /** MembershipResponse dead */
            dead?: (gossip.Envelope.$Properties[]|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a MembershipResponse. */
        type $Shape = gossip.MembershipResponse.$Properties;
    }

    /**
     * Properties of a Member.
     * @deprecated Use gossip.Member.$Properties instead.
     */
    interface IMember extends gossip.Member.$Properties {
    }

    /** Represents a Member. */
    class Member {

        /**
         * Constructs a new Member.
         * @param [p] Properties to set
         */
        constructor(p?: gossip.Member.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** Member endpoint. */
        endpoint: string;

        /** Member metadata. */
        metadata: Uint8Array;

        /** Member pkiId. */
        pkiId: Uint8Array;

        /**
         * Creates a new Member instance using the specified properties.
         * @param [properties] Properties to set
         * @returns Member instance
         */
        static create(properties: gossip.Member.$Shape): gossip.Member & gossip.Member.$Shape;
        static create(properties?: gossip.Member.$Properties): gossip.Member;

        /**
         * Encodes the specified Member message. Does not implicitly {@link gossip.Member.verify|verify} messages.
         * @param m Member message or plain object to encode
         * @param [w] Writer to encode to
         * @returns Writer
         */
        static encode(m: gossip.Member.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a Member message from the specified reader or buffer.
         * @param r Reader or buffer to decode from
         * @param [l] Message length if known beforehand
         * @returns {gossip.Member & gossip.Member.$Shape} Member
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): gossip.Member & gossip.Member.$Shape;

        /**
         * Creates a Member message from a plain object. Also converts values to their respective internal types.
         * @param d Plain object
         * @returns Member
         */
        static fromObject(d: { [k: string]: any }): gossip.Member;

        /**
         * Creates a plain object from a Member message. Also converts values to other types if specified.
         * @param m Member
         * @param [o] Conversion options
         * @returns Plain object
         */
        static toObject(m: gossip.Member, o?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this Member to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };
    }

    namespace Member {

        /** Properties of a Member. */
        interface $Properties {

            /** Member endpoint */
            endpoint?: (string|null);

            /** Member metadata */
            metadata?: (Uint8Array|null);

            /** Member pkiId */
            pkiId?: (Uint8Array|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a Member. */
        type $Shape = gossip.Member.$Properties;
    }

    /**
     * Properties of an Empty.
     * @deprecated Use gossip.Empty.$Properties instead.
     */
    interface IEmpty extends gossip.Empty.$Properties {
    }

    /** Represents an Empty. */
    class Empty {

        /**
         * Constructs a new Empty.
         * @param [p] Properties to set
         */
        constructor(p?: gossip.Empty.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /**
         * Creates a new Empty instance using the specified properties.
         * @param [properties] Properties to set
         * @returns Empty instance
         */
        static create(properties: gossip.Empty.$Shape): gossip.Empty & gossip.Empty.$Shape;
        static create(properties?: gossip.Empty.$Properties): gossip.Empty;

        /**
         * Encodes the specified Empty message. Does not implicitly {@link gossip.Empty.verify|verify} messages.
         * @param m Empty message or plain object to encode
         * @param [w] Writer to encode to
         * @returns Writer
         */
        static encode(m: gossip.Empty.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an Empty message from the specified reader or buffer.
         * @param r Reader or buffer to decode from
         * @param [l] Message length if known beforehand
         * @returns {gossip.Empty & gossip.Empty.$Shape} Empty
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): gossip.Empty & gossip.Empty.$Shape;

        /**
         * Creates an Empty message from a plain object. Also converts values to their respective internal types.
         * @param d Plain object
         * @returns Empty
         */
        static fromObject(d: { [k: string]: any }): gossip.Empty;

        /**
         * Creates a plain object from an Empty message. Also converts values to other types if specified.
         * @param m Empty
         * @param [o] Conversion options
         * @returns Plain object
         */
        static toObject(m: gossip.Empty, o?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this Empty to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };
    }

    namespace Empty {

        /** Properties of an Empty. */
        interface $Properties {

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of an Empty. */
        type $Shape = gossip.Empty.$Properties;
    }

    /**
     * Properties of a RemoteStateRequest.
     * @deprecated Use gossip.RemoteStateRequest.$Properties instead.
     */
    interface IRemoteStateRequest extends gossip.RemoteStateRequest.$Properties {
    }

    /** Represents a RemoteStateRequest. */
    class RemoteStateRequest {

        /**
         * Constructs a new RemoteStateRequest.
         * @param [p] Properties to set
         */
        constructor(p?: gossip.RemoteStateRequest.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** RemoteStateRequest startSeqNum. */
        startSeqNum: (number|Long);

        /** RemoteStateRequest endSeqNum. */
        endSeqNum: (number|Long);

        /**
         * Creates a new RemoteStateRequest instance using the specified properties.
         * @param [properties] Properties to set
         * @returns RemoteStateRequest instance
         */
        static create(properties: gossip.RemoteStateRequest.$Shape): gossip.RemoteStateRequest & gossip.RemoteStateRequest.$Shape;
        static create(properties?: gossip.RemoteStateRequest.$Properties): gossip.RemoteStateRequest;

        /**
         * Encodes the specified RemoteStateRequest message. Does not implicitly {@link gossip.RemoteStateRequest.verify|verify} messages.
         * @param m RemoteStateRequest message or plain object to encode
         * @param [w] Writer to encode to
         * @returns Writer
         */
        static encode(m: gossip.RemoteStateRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a RemoteStateRequest message from the specified reader or buffer.
         * @param r Reader or buffer to decode from
         * @param [l] Message length if known beforehand
         * @returns {gossip.RemoteStateRequest & gossip.RemoteStateRequest.$Shape} RemoteStateRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): gossip.RemoteStateRequest & gossip.RemoteStateRequest.$Shape;

        /**
         * Creates a RemoteStateRequest message from a plain object. Also converts values to their respective internal types.
         * @param d Plain object
         * @returns RemoteStateRequest
         */
        static fromObject(d: { [k: string]: any }): gossip.RemoteStateRequest;

        /**
         * Creates a plain object from a RemoteStateRequest message. Also converts values to other types if specified.
         * @param m RemoteStateRequest
         * @param [o] Conversion options
         * @returns Plain object
         */
        static toObject(m: gossip.RemoteStateRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this RemoteStateRequest to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };
    }

    namespace RemoteStateRequest {

        /** Properties of a RemoteStateRequest. */
        interface $Properties {

            /** RemoteStateRequest startSeqNum */
            startSeqNum?: (number|Long|null);

            /** RemoteStateRequest endSeqNum */
            endSeqNum?: (number|Long|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a RemoteStateRequest. */
        type $Shape = gossip.RemoteStateRequest.$Properties;
    }

    /**
     * Properties of a RemoteStateResponse.
     * @deprecated Use gossip.RemoteStateResponse.$Properties instead.
     */
    interface IRemoteStateResponse extends gossip.RemoteStateResponse.$Properties {
    }

    /** Represents a RemoteStateResponse. */
    class RemoteStateResponse {

        /**
         * Constructs a new RemoteStateResponse.
         * @param [p] Properties to set
         */
        constructor(p?: gossip.RemoteStateResponse.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** RemoteStateResponse payloads. */
        payloads: gossip.Payload.$Properties[];

        /**
         * Creates a new RemoteStateResponse instance using the specified properties.
         * @param [properties] Properties to set
         * @returns RemoteStateResponse instance
         */
        static create(properties: gossip.RemoteStateResponse.$Shape): gossip.RemoteStateResponse & gossip.RemoteStateResponse.$Shape;
        static create(properties?: gossip.RemoteStateResponse.$Properties): gossip.RemoteStateResponse;

        /**
         * Encodes the specified RemoteStateResponse message. Does not implicitly {@link gossip.RemoteStateResponse.verify|verify} messages.
         * @param m RemoteStateResponse message or plain object to encode
         * @param [w] Writer to encode to
         * @returns Writer
         */
        static encode(m: gossip.RemoteStateResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a RemoteStateResponse message from the specified reader or buffer.
         * @param r Reader or buffer to decode from
         * @param [l] Message length if known beforehand
         * @returns {gossip.RemoteStateResponse & gossip.RemoteStateResponse.$Shape} RemoteStateResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): gossip.RemoteStateResponse & gossip.RemoteStateResponse.$Shape;

        /**
         * Creates a RemoteStateResponse message from a plain object. Also converts values to their respective internal types.
         * @param d Plain object
         * @returns RemoteStateResponse
         */
        static fromObject(d: { [k: string]: any }): gossip.RemoteStateResponse;

        /**
         * Creates a plain object from a RemoteStateResponse message. Also converts values to other types if specified.
         * @param m RemoteStateResponse
         * @param [o] Conversion options
         * @returns Plain object
         */
        static toObject(m: gossip.RemoteStateResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this RemoteStateResponse to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };
    }

    namespace RemoteStateResponse {

        /** Properties of a RemoteStateResponse. */
        interface $Properties {

            /** RemoteStateResponse payloads */
            payloads?: (gossip.Payload.$Properties[]|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a RemoteStateResponse. */
        type $Shape = gossip.RemoteStateResponse.$Properties;
    }

    /**
     * Properties of an Acknowledgement.
     * @deprecated Use gossip.Acknowledgement.$Properties instead.
     */
    interface IAcknowledgement extends gossip.Acknowledgement.$Properties {
    }

    /** Represents an Acknowledgement. */
    class Acknowledgement {

        /**
         * Constructs a new Acknowledgement.
         * @param [p] Properties to set
         */
        constructor(p?: gossip.Acknowledgement.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** Acknowledgement error. */
        error: string;

        /**
         * Creates a new Acknowledgement instance using the specified properties.
         * @param [properties] Properties to set
         * @returns Acknowledgement instance
         */
        static create(properties: gossip.Acknowledgement.$Shape): gossip.Acknowledgement & gossip.Acknowledgement.$Shape;
        static create(properties?: gossip.Acknowledgement.$Properties): gossip.Acknowledgement;

        /**
         * Encodes the specified Acknowledgement message. Does not implicitly {@link gossip.Acknowledgement.verify|verify} messages.
         * @param m Acknowledgement message or plain object to encode
         * @param [w] Writer to encode to
         * @returns Writer
         */
        static encode(m: gossip.Acknowledgement.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an Acknowledgement message from the specified reader or buffer.
         * @param r Reader or buffer to decode from
         * @param [l] Message length if known beforehand
         * @returns {gossip.Acknowledgement & gossip.Acknowledgement.$Shape} Acknowledgement
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): gossip.Acknowledgement & gossip.Acknowledgement.$Shape;

        /**
         * Creates an Acknowledgement message from a plain object. Also converts values to their respective internal types.
         * @param d Plain object
         * @returns Acknowledgement
         */
        static fromObject(d: { [k: string]: any }): gossip.Acknowledgement;

        /**
         * Creates a plain object from an Acknowledgement message. Also converts values to other types if specified.
         * @param m Acknowledgement
         * @param [o] Conversion options
         * @returns Plain object
         */
        static toObject(m: gossip.Acknowledgement, o?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this Acknowledgement to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };
    }

    namespace Acknowledgement {

        /** Properties of an Acknowledgement. */
        interface $Properties {

            /** Acknowledgement error */
            error?: (string|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of an Acknowledgement. */
        type $Shape = gossip.Acknowledgement.$Properties;
    }

    /**
     * Properties of a TransactionMessage.
     * @deprecated Use gossip.TransactionMessage.$Properties instead.
     */
    interface ITransactionMessage extends gossip.TransactionMessage.$Properties {
    }

    /** Represents a TransactionMessage. */
    class TransactionMessage {

        /**
         * Constructs a new TransactionMessage.
         * @param [p] Properties to set
         */
        constructor(p?: gossip.TransactionMessage.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** TransactionMessage txId. */
        txId: Uint8Array;

        /** TransactionMessage data. */
        data: Uint8Array;

        /** TransactionMessage submitter. */
        submitter: Uint8Array;

        /** TransactionMessage createdAtMs. */
        createdAtMs: (number|Long);

        /**
         * Creates a new TransactionMessage instance using the specified properties.
         * @param [properties] Properties to set
         * @returns TransactionMessage instance
         */
        static create(properties: gossip.TransactionMessage.$Shape): gossip.TransactionMessage & gossip.TransactionMessage.$Shape;
        static create(properties?: gossip.TransactionMessage.$Properties): gossip.TransactionMessage;

        /**
         * Encodes the specified TransactionMessage message. Does not implicitly {@link gossip.TransactionMessage.verify|verify} messages.
         * @param m TransactionMessage message or plain object to encode
         * @param [w] Writer to encode to
         * @returns Writer
         */
        static encode(m: gossip.TransactionMessage.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a TransactionMessage message from the specified reader or buffer.
         * @param r Reader or buffer to decode from
         * @param [l] Message length if known beforehand
         * @returns {gossip.TransactionMessage & gossip.TransactionMessage.$Shape} TransactionMessage
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): gossip.TransactionMessage & gossip.TransactionMessage.$Shape;

        /**
         * Creates a TransactionMessage message from a plain object. Also converts values to their respective internal types.
         * @param d Plain object
         * @returns TransactionMessage
         */
        static fromObject(d: { [k: string]: any }): gossip.TransactionMessage;

        /**
         * Creates a plain object from a TransactionMessage message. Also converts values to other types if specified.
         * @param m TransactionMessage
         * @param [o] Conversion options
         * @returns Plain object
         */
        static toObject(m: gossip.TransactionMessage, o?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this TransactionMessage to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };
    }

    namespace TransactionMessage {

        /** Properties of a TransactionMessage. */
        interface $Properties {

            /** TransactionMessage txId */
            txId?: (Uint8Array|null);

            /** TransactionMessage data */
            data?: (Uint8Array|null);

            /** TransactionMessage submitter */
            submitter?: (Uint8Array|null);

            /** TransactionMessage createdAtMs */
            createdAtMs?: (number|Long|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a TransactionMessage. */
        type $Shape = gossip.TransactionMessage.$Properties;
    }

    /**
     * Properties of a Block.
     * @deprecated Use gossip.Block.$Properties instead.
     */
    interface IBlock extends gossip.Block.$Properties {
    }

    /** Represents a Block. */
    class Block {

        /**
         * Constructs a new Block.
         * @param [p] Properties to set
         */
        constructor(p?: gossip.Block.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** Block header. */
        header: Uint8Array;

        /** Block data. */
        data: Uint8Array;

        /** Block signature. */
        signature: Uint8Array;

        /**
         * Creates a new Block instance using the specified properties.
         * @param [properties] Properties to set
         * @returns Block instance
         */
        static create(properties: gossip.Block.$Shape): gossip.Block & gossip.Block.$Shape;
        static create(properties?: gossip.Block.$Properties): gossip.Block;

        /**
         * Encodes the specified Block message. Does not implicitly {@link gossip.Block.verify|verify} messages.
         * @param m Block message or plain object to encode
         * @param [w] Writer to encode to
         * @returns Writer
         */
        static encode(m: gossip.Block.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a Block message from the specified reader or buffer.
         * @param r Reader or buffer to decode from
         * @param [l] Message length if known beforehand
         * @returns {gossip.Block & gossip.Block.$Shape} Block
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): gossip.Block & gossip.Block.$Shape;

        /**
         * Creates a Block message from a plain object. Also converts values to their respective internal types.
         * @param d Plain object
         * @returns Block
         */
        static fromObject(d: { [k: string]: any }): gossip.Block;

        /**
         * Creates a plain object from a Block message. Also converts values to other types if specified.
         * @param m Block
         * @param [o] Conversion options
         * @returns Plain object
         */
        static toObject(m: gossip.Block, o?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this Block to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };
    }

    namespace Block {

        /** Properties of a Block. */
        interface $Properties {

            /** Block header */
            header?: (Uint8Array|null);

            /** Block data */
            data?: (Uint8Array|null);

            /** Block signature */
            signature?: (Uint8Array|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a Block. */
        type $Shape = gossip.Block.$Properties;
    }

    /**
     * Properties of a BlockHeader.
     * @deprecated Use gossip.BlockHeader.$Properties instead.
     */
    interface IBlockHeader extends gossip.BlockHeader.$Properties {
    }

    /** Represents a BlockHeader. */
    class BlockHeader {

        /**
         * Constructs a new BlockHeader.
         * @param [p] Properties to set
         */
        constructor(p?: gossip.BlockHeader.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** BlockHeader number. */
        number: (number|Long);

        /** BlockHeader channel. */
        channel: Uint8Array;

        /** BlockHeader producer. */
        producer: Uint8Array;

        /** BlockHeader createdAtMs. */
        createdAtMs: (number|Long);

        /** BlockHeader previousHash. */
        previousHash: Uint8Array;

        /** BlockHeader dataHash. */
        dataHash: Uint8Array;

        /** BlockHeader producerIdentity. */
        producerIdentity: Uint8Array;

        /**
         * Creates a new BlockHeader instance using the specified properties.
         * @param [properties] Properties to set
         * @returns BlockHeader instance
         */
        static create(properties: gossip.BlockHeader.$Shape): gossip.BlockHeader & gossip.BlockHeader.$Shape;
        static create(properties?: gossip.BlockHeader.$Properties): gossip.BlockHeader;

        /**
         * Encodes the specified BlockHeader message. Does not implicitly {@link gossip.BlockHeader.verify|verify} messages.
         * @param m BlockHeader message or plain object to encode
         * @param [w] Writer to encode to
         * @returns Writer
         */
        static encode(m: gossip.BlockHeader.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a BlockHeader message from the specified reader or buffer.
         * @param r Reader or buffer to decode from
         * @param [l] Message length if known beforehand
         * @returns {gossip.BlockHeader & gossip.BlockHeader.$Shape} BlockHeader
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): gossip.BlockHeader & gossip.BlockHeader.$Shape;

        /**
         * Creates a BlockHeader message from a plain object. Also converts values to their respective internal types.
         * @param d Plain object
         * @returns BlockHeader
         */
        static fromObject(d: { [k: string]: any }): gossip.BlockHeader;

        /**
         * Creates a plain object from a BlockHeader message. Also converts values to other types if specified.
         * @param m BlockHeader
         * @param [o] Conversion options
         * @returns Plain object
         */
        static toObject(m: gossip.BlockHeader, o?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this BlockHeader to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };
    }

    namespace BlockHeader {

        /** Properties of a BlockHeader. */
        interface $Properties {

            /** BlockHeader number */
            number?: (number|Long|null);

            /** BlockHeader channel */
            channel?: (Uint8Array|null);

            /** BlockHeader producer */
            producer?: (Uint8Array|null);

            /** BlockHeader createdAtMs */
            createdAtMs?: (number|Long|null);

            /** BlockHeader previousHash */
            previousHash?: (Uint8Array|null);

            /** BlockHeader dataHash */
            dataHash?: (Uint8Array|null);

            /** BlockHeader producerIdentity */
            producerIdentity?: (Uint8Array|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a BlockHeader. */
        type $Shape = gossip.BlockHeader.$Properties;
    }

    /**
     * Properties of a BlockData.
     * @deprecated Use gossip.BlockData.$Properties instead.
     */
    interface IBlockData extends gossip.BlockData.$Properties {
    }

    /** Represents a BlockData. */
    class BlockData {

        /**
         * Constructs a new BlockData.
         * @param [p] Properties to set
         */
        constructor(p?: gossip.BlockData.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** BlockData transactions. */
        transactions: gossip.TransactionMessage.$Properties[];

        /**
         * Creates a new BlockData instance using the specified properties.
         * @param [properties] Properties to set
         * @returns BlockData instance
         */
        static create(properties: gossip.BlockData.$Shape): gossip.BlockData & gossip.BlockData.$Shape;
        static create(properties?: gossip.BlockData.$Properties): gossip.BlockData;

        /**
         * Encodes the specified BlockData message. Does not implicitly {@link gossip.BlockData.verify|verify} messages.
         * @param m BlockData message or plain object to encode
         * @param [w] Writer to encode to
         * @returns Writer
         */
        static encode(m: gossip.BlockData.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a BlockData message from the specified reader or buffer.
         * @param r Reader or buffer to decode from
         * @param [l] Message length if known beforehand
         * @returns {gossip.BlockData & gossip.BlockData.$Shape} BlockData
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): gossip.BlockData & gossip.BlockData.$Shape;

        /**
         * Creates a BlockData message from a plain object. Also converts values to their respective internal types.
         * @param d Plain object
         * @returns BlockData
         */
        static fromObject(d: { [k: string]: any }): gossip.BlockData;

        /**
         * Creates a plain object from a BlockData message. Also converts values to other types if specified.
         * @param m BlockData
         * @param [o] Conversion options
         * @returns Plain object
         */
        static toObject(m: gossip.BlockData, o?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this BlockData to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };
    }

    namespace BlockData {

        /** Properties of a BlockData. */
        interface $Properties {

            /** BlockData transactions */
            transactions?: (gossip.TransactionMessage.$Properties[]|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a BlockData. */
        type $Shape = gossip.BlockData.$Properties;
    }

    /**
     * Properties of a SignalMessage.
     * @deprecated Use gossip.SignalMessage.$Properties instead.
     */
    interface ISignalMessage extends gossip.SignalMessage.$Properties {
    }

    /** Represents a SignalMessage. */
    class SignalMessage {

        /**
         * Constructs a new SignalMessage.
         * @param [p] Properties to set
         */
        constructor(p?: gossip.SignalMessage.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** SignalMessage to. */
        to: Uint8Array;

        /** SignalMessage from. */
        from: Uint8Array;

        /** SignalMessage data. */
        data: string;

        /** SignalMessage error. */
        error: string;

        /**
         * Creates a new SignalMessage instance using the specified properties.
         * @param [properties] Properties to set
         * @returns SignalMessage instance
         */
        static create(properties: gossip.SignalMessage.$Shape): gossip.SignalMessage & gossip.SignalMessage.$Shape;
        static create(properties?: gossip.SignalMessage.$Properties): gossip.SignalMessage;

        /**
         * Encodes the specified SignalMessage message. Does not implicitly {@link gossip.SignalMessage.verify|verify} messages.
         * @param m SignalMessage message or plain object to encode
         * @param [w] Writer to encode to
         * @returns Writer
         */
        static encode(m: gossip.SignalMessage.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a SignalMessage message from the specified reader or buffer.
         * @param r Reader or buffer to decode from
         * @param [l] Message length if known beforehand
         * @returns {gossip.SignalMessage & gossip.SignalMessage.$Shape} SignalMessage
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): gossip.SignalMessage & gossip.SignalMessage.$Shape;

        /**
         * Creates a SignalMessage message from a plain object. Also converts values to their respective internal types.
         * @param d Plain object
         * @returns SignalMessage
         */
        static fromObject(d: { [k: string]: any }): gossip.SignalMessage;

        /**
         * Creates a plain object from a SignalMessage message. Also converts values to other types if specified.
         * @param m SignalMessage
         * @param [o] Conversion options
         * @returns Plain object
         */
        static toObject(m: gossip.SignalMessage, o?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this SignalMessage to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };
    }

    namespace SignalMessage {

        /** Properties of a SignalMessage. */
        interface $Properties {

            /** SignalMessage to */
            to?: (Uint8Array|null);

            /** SignalMessage from */
            from?: (Uint8Array|null);

            /** SignalMessage data */
            data?: (string|null);

            /** SignalMessage error */
            error?: (string|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a SignalMessage. */
        type $Shape = gossip.SignalMessage.$Properties;
    }
}
