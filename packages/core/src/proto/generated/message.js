/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal.js";

// A oneof setter that deletes only the other cases present (added by scripts/gen-proto.mjs).
const $setPresentOneOf = (names) => function (name) {
    for (let i = 0; i < names.length; ++i)
        if (names[i] !== name && Object.prototype.hasOwnProperty.call(this, names[i]))
            delete this[names[i]];
};

// Common aliases
const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError, $TypeError = $util.global.TypeError, $String = $util.global.String, $Array = $util.global.Array, $Number = $util.global.Number, $parseInt = $util.global.parseInt, $BigInt = $util.global.BigInt, $Boolean = $util.global.Boolean;

// Exported root namespace
const $root = $protobuf.roots["default"] || ($protobuf.roots["default"] = {});

export const gossip = $root.gossip = (() => {

    /**
     * Namespace gossip.
     * @exports gossip
     * @namespace
     */
    const gossip = {};

    gossip.Envelope = (function() {

        /**
         * Properties of an Envelope.
         * @typedef {Object} gossip.Envelope.$Properties
         * @property {Uint8Array|null} [payload] Envelope payload
         * @property {Uint8Array|null} [signature] Envelope signature
         * @property {gossip.SecretEnvelope.$Properties|null} [secretEnvelope] Envelope secretEnvelope
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of an Envelope.
         * @memberof gossip
         * @interface IEnvelope
         * @augments gossip.Envelope.$Properties
         * @deprecated Use gossip.Envelope.$Properties instead.
         */

        /**
         * Shape of an Envelope.
         * @typedef {gossip.Envelope.$Properties} gossip.Envelope.$Shape
         */

        /**
         * Constructs a new Envelope.
         * @memberof gossip
         * @classdesc Represents an Envelope.
         * @constructor
         * @param {gossip.Envelope.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const Envelope = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * Envelope payload.
         * @member {Uint8Array} payload
         * @memberof gossip.Envelope
         * @instance
         */
        Envelope.prototype.payload = $util.newBuffer([]);

        /**
         * Envelope signature.
         * @member {Uint8Array} signature
         * @memberof gossip.Envelope
         * @instance
         */
        Envelope.prototype.signature = $util.newBuffer([]);

        /**
         * Envelope secretEnvelope.
         * @member {gossip.SecretEnvelope.$Properties|null|undefined} secretEnvelope
         * @memberof gossip.Envelope
         * @instance
         */
        Envelope.prototype.secretEnvelope = null;

        /**
         * Creates a new Envelope instance using the specified properties.
         * @function create
         * @memberof gossip.Envelope
         * @static
         * @param {gossip.Envelope.$Properties=} [properties] Properties to set
         * @returns {gossip.Envelope} Envelope instance
         * @type {{
         *   (properties: gossip.Envelope.$Shape): gossip.Envelope & gossip.Envelope.$Shape;
         *   (properties?: gossip.Envelope.$Properties): gossip.Envelope;
         * }}
         */
        Envelope.create = function(properties) {
            return new Envelope(properties);
        };

        /**
         * Encodes the specified Envelope message. Does not implicitly {@link gossip.Envelope.verify|verify} messages.
         * @function encode
         * @memberof gossip.Envelope
         * @static
         * @param {gossip.Envelope.$Properties} m Envelope message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Envelope.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.payload != null && $Object.hasOwnProperty.call(m, "payload") && m.payload.length)
                w.uint32(/* id 1, wireType 2 =*/10).bytes(m.payload);
            if (m.signature != null && $Object.hasOwnProperty.call(m, "signature") && m.signature.length)
                w.uint32(/* id 2, wireType 2 =*/18).bytes(m.signature);
            if (m.secretEnvelope != null && $Object.hasOwnProperty.call(m, "secretEnvelope"))
                $root.gossip.SecretEnvelope.encode(m.secretEnvelope, w.uint32(/* id 3, wireType 2 =*/26).fork(), q + 1).ldelim();
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Decodes an Envelope message from the specified reader or buffer.
         * @function decode
         * @memberof gossip.Envelope
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {gossip.Envelope & gossip.Envelope.$Shape} Envelope
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Envelope.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m, v;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.gossip.Envelope();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 2)
                            break;
                        if ((v = r.bytes()).length)
                            m.payload = v;
                        else
                            delete m.payload;
                        continue;
                    }
                case 2: {
                        if (u !== 2)
                            break;
                        if ((v = r.bytes()).length)
                            m.signature = v;
                        else
                            delete m.signature;
                        continue;
                    }
                case 3: {
                        if (u !== 2)
                            break;
                        m.secretEnvelope = $root.gossip.SecretEnvelope.decode(r, r.size(), $undefined, q + 1, m.secretEnvelope);
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        /**
         * Creates an Envelope message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof gossip.Envelope
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {gossip.Envelope} Envelope
         */
        Envelope.fromObject = function (d, q) {
            if (d instanceof $root.gossip.Envelope)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".gossip.Envelope: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.gossip.Envelope();
            if (d.payload != null) {
                if (d.payload.length) {
                    if (typeof d.payload === "string")
                        $util.base64.decode(d.payload, m.payload = $util.newBuffer($util.base64.length(d.payload)), 0);
                    else if (d.payload.length >= 0)
                        m.payload = d.payload;
                }
            }
            if (d.signature != null) {
                if (d.signature.length) {
                    if (typeof d.signature === "string")
                        $util.base64.decode(d.signature, m.signature = $util.newBuffer($util.base64.length(d.signature)), 0);
                    else if (d.signature.length >= 0)
                        m.signature = d.signature;
                }
            }
            if (d.secretEnvelope != null) {
                if (!$util.isObject(d.secretEnvelope))
                    throw $TypeError(".gossip.Envelope.secretEnvelope: object expected");
                m.secretEnvelope = $root.gossip.SecretEnvelope.fromObject(d.secretEnvelope, q + 1);
            }
            return m;
        };

        /**
         * Creates a plain object from an Envelope message. Also converts values to other types if specified.
         * @function toObject
         * @memberof gossip.Envelope
         * @static
         * @param {gossip.Envelope} m Envelope
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        Envelope.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                if (o.bytes === $String)
                    d.payload = "";
                else {
                    d.payload = [];
                    if (o.bytes !== $Array)
                        d.payload = $util.newBuffer(d.payload);
                }
                if (o.bytes === $String)
                    d.signature = "";
                else {
                    d.signature = [];
                    if (o.bytes !== $Array)
                        d.signature = $util.newBuffer(d.signature);
                }
                d.secretEnvelope = null;
            }
            if (m.payload != null && $Object.hasOwnProperty.call(m, "payload")) {
                d.payload = o.bytes === $String ? $util.base64.encode(m.payload, 0, m.payload.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.payload) : m.payload;
            }
            if (m.signature != null && $Object.hasOwnProperty.call(m, "signature")) {
                d.signature = o.bytes === $String ? $util.base64.encode(m.signature, 0, m.signature.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.signature) : m.signature;
            }
            if (m.secretEnvelope != null && $Object.hasOwnProperty.call(m, "secretEnvelope")) {
                d.secretEnvelope = $root.gossip.SecretEnvelope.toObject(m.secretEnvelope, o, q + 1);
            }
            return d;
        };

        /**
         * Converts this Envelope to JSON.
         * @function toJSON
         * @memberof gossip.Envelope
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        Envelope.prototype.toJSON = function() {
            return Envelope.toObject(this, $protobuf.util.toJSONOptions);
        };

        return Envelope;
    })();

    gossip.SecretEnvelope = (function() {

        /**
         * Properties of a SecretEnvelope.
         * @typedef {Object} gossip.SecretEnvelope.$Properties
         * @property {Uint8Array|null} [payload] SecretEnvelope payload
         * @property {Uint8Array|null} [signature] SecretEnvelope signature
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a SecretEnvelope.
         * @memberof gossip
         * @interface ISecretEnvelope
         * @augments gossip.SecretEnvelope.$Properties
         * @deprecated Use gossip.SecretEnvelope.$Properties instead.
         */

        /**
         * Shape of a SecretEnvelope.
         * @typedef {gossip.SecretEnvelope.$Properties} gossip.SecretEnvelope.$Shape
         */

        /**
         * Constructs a new SecretEnvelope.
         * @memberof gossip
         * @classdesc Represents a SecretEnvelope.
         * @constructor
         * @param {gossip.SecretEnvelope.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const SecretEnvelope = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * SecretEnvelope payload.
         * @member {Uint8Array} payload
         * @memberof gossip.SecretEnvelope
         * @instance
         */
        SecretEnvelope.prototype.payload = $util.newBuffer([]);

        /**
         * SecretEnvelope signature.
         * @member {Uint8Array} signature
         * @memberof gossip.SecretEnvelope
         * @instance
         */
        SecretEnvelope.prototype.signature = $util.newBuffer([]);

        /**
         * Creates a new SecretEnvelope instance using the specified properties.
         * @function create
         * @memberof gossip.SecretEnvelope
         * @static
         * @param {gossip.SecretEnvelope.$Properties=} [properties] Properties to set
         * @returns {gossip.SecretEnvelope} SecretEnvelope instance
         * @type {{
         *   (properties: gossip.SecretEnvelope.$Shape): gossip.SecretEnvelope & gossip.SecretEnvelope.$Shape;
         *   (properties?: gossip.SecretEnvelope.$Properties): gossip.SecretEnvelope;
         * }}
         */
        SecretEnvelope.create = function(properties) {
            return new SecretEnvelope(properties);
        };

        /**
         * Encodes the specified SecretEnvelope message. Does not implicitly {@link gossip.SecretEnvelope.verify|verify} messages.
         * @function encode
         * @memberof gossip.SecretEnvelope
         * @static
         * @param {gossip.SecretEnvelope.$Properties} m SecretEnvelope message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        SecretEnvelope.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.payload != null && $Object.hasOwnProperty.call(m, "payload") && m.payload.length)
                w.uint32(/* id 1, wireType 2 =*/10).bytes(m.payload);
            if (m.signature != null && $Object.hasOwnProperty.call(m, "signature") && m.signature.length)
                w.uint32(/* id 2, wireType 2 =*/18).bytes(m.signature);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Decodes a SecretEnvelope message from the specified reader or buffer.
         * @function decode
         * @memberof gossip.SecretEnvelope
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {gossip.SecretEnvelope & gossip.SecretEnvelope.$Shape} SecretEnvelope
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        SecretEnvelope.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m, v;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.gossip.SecretEnvelope();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 2)
                            break;
                        if ((v = r.bytes()).length)
                            m.payload = v;
                        else
                            delete m.payload;
                        continue;
                    }
                case 2: {
                        if (u !== 2)
                            break;
                        if ((v = r.bytes()).length)
                            m.signature = v;
                        else
                            delete m.signature;
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        /**
         * Creates a SecretEnvelope message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof gossip.SecretEnvelope
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {gossip.SecretEnvelope} SecretEnvelope
         */
        SecretEnvelope.fromObject = function (d, q) {
            if (d instanceof $root.gossip.SecretEnvelope)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".gossip.SecretEnvelope: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.gossip.SecretEnvelope();
            if (d.payload != null) {
                if (d.payload.length) {
                    if (typeof d.payload === "string")
                        $util.base64.decode(d.payload, m.payload = $util.newBuffer($util.base64.length(d.payload)), 0);
                    else if (d.payload.length >= 0)
                        m.payload = d.payload;
                }
            }
            if (d.signature != null) {
                if (d.signature.length) {
                    if (typeof d.signature === "string")
                        $util.base64.decode(d.signature, m.signature = $util.newBuffer($util.base64.length(d.signature)), 0);
                    else if (d.signature.length >= 0)
                        m.signature = d.signature;
                }
            }
            return m;
        };

        /**
         * Creates a plain object from a SecretEnvelope message. Also converts values to other types if specified.
         * @function toObject
         * @memberof gossip.SecretEnvelope
         * @static
         * @param {gossip.SecretEnvelope} m SecretEnvelope
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        SecretEnvelope.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                if (o.bytes === $String)
                    d.payload = "";
                else {
                    d.payload = [];
                    if (o.bytes !== $Array)
                        d.payload = $util.newBuffer(d.payload);
                }
                if (o.bytes === $String)
                    d.signature = "";
                else {
                    d.signature = [];
                    if (o.bytes !== $Array)
                        d.signature = $util.newBuffer(d.signature);
                }
            }
            if (m.payload != null && $Object.hasOwnProperty.call(m, "payload")) {
                d.payload = o.bytes === $String ? $util.base64.encode(m.payload, 0, m.payload.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.payload) : m.payload;
            }
            if (m.signature != null && $Object.hasOwnProperty.call(m, "signature")) {
                d.signature = o.bytes === $String ? $util.base64.encode(m.signature, 0, m.signature.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.signature) : m.signature;
            }
            return d;
        };

        /**
         * Converts this SecretEnvelope to JSON.
         * @function toJSON
         * @memberof gossip.SecretEnvelope
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        SecretEnvelope.prototype.toJSON = function() {
            return SecretEnvelope.toObject(this, $protobuf.util.toJSONOptions);
        };

        return SecretEnvelope;
    })();

    gossip.Secret = (function() {

        /**
         * Properties of a Secret.
         * @typedef {Object} gossip.Secret.$Properties
         * @property {string|null} [internalEndpoint] Secret internalEndpoint
         * @property {"internalEndpoint"} [content] Secret content
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a Secret.
         * @memberof gossip
         * @interface ISecret
         * @augments gossip.Secret.$Properties
         * @deprecated Use gossip.Secret.$Properties instead.
         */

        /**
         * Narrowed shape of a Secret.
         * @typedef {{
         *   internalEndpoint?: string|null;
         *   $unknowns?: Array.<Uint8Array>;
         * } & (
         *   ({ content?: undefined; internalEndpoint?: null }|{ content?: "internalEndpoint"; internalEndpoint: string })
         * )} gossip.Secret.$Shape
         */

        /**
         * Constructs a new Secret.
         * @memberof gossip
         * @classdesc Represents a Secret.
         * @constructor
         * @param {gossip.Secret.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const Secret = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * Secret internalEndpoint.
         * @member {string|null|undefined} internalEndpoint
         * @memberof gossip.Secret
         * @instance
         */
        Secret.prototype.internalEndpoint = null;

        // OneOf field names bound to virtual getters and setters
        let $oneOfFields;

        /**
         * Secret content.
         * @member {"internalEndpoint"|undefined} content
         * @memberof gossip.Secret
         * @instance
         */
        $Object.defineProperty(Secret.prototype, "content", {
            get: $util.oneOfGetter($oneOfFields = ["internalEndpoint"]),
            set: $setPresentOneOf($oneOfFields)
        });

        /**
         * Creates a new Secret instance using the specified properties.
         * @function create
         * @memberof gossip.Secret
         * @static
         * @param {gossip.Secret.$Properties=} [properties] Properties to set
         * @returns {gossip.Secret} Secret instance
         * @type {{
         *   (properties: gossip.Secret.$Shape): gossip.Secret & gossip.Secret.$Shape;
         *   (properties?: gossip.Secret.$Properties): gossip.Secret;
         * }}
         */
        Secret.create = function(properties) {
            return new Secret(properties);
        };

        /**
         * Encodes the specified Secret message. Does not implicitly {@link gossip.Secret.verify|verify} messages.
         * @function encode
         * @memberof gossip.Secret
         * @static
         * @param {gossip.Secret.$Properties} m Secret message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Secret.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.internalEndpoint != null && $Object.hasOwnProperty.call(m, "internalEndpoint"))
                w.uint32(/* id 1, wireType 2 =*/10).string(m.internalEndpoint);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Decodes a Secret message from the specified reader or buffer.
         * @function decode
         * @memberof gossip.Secret
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {gossip.Secret & gossip.Secret.$Shape} Secret
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Secret.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.gossip.Secret();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 2)
                            break;
                        m.internalEndpoint = r.stringVerify();
                        m.content = "internalEndpoint";
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        /**
         * Creates a Secret message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof gossip.Secret
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {gossip.Secret} Secret
         */
        Secret.fromObject = function (d, q) {
            if (d instanceof $root.gossip.Secret)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".gossip.Secret: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.gossip.Secret();
            if (d.internalEndpoint != null) {
                m.internalEndpoint = $String(d.internalEndpoint);
            }
            return m;
        };

        /**
         * Creates a plain object from a Secret message. Also converts values to other types if specified.
         * @function toObject
         * @memberof gossip.Secret
         * @static
         * @param {gossip.Secret} m Secret
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        Secret.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (m.internalEndpoint != null && $Object.hasOwnProperty.call(m, "internalEndpoint")) {
                d.internalEndpoint = m.internalEndpoint;
                if (o.oneofs)
                    d.content = "internalEndpoint";
            }
            return d;
        };

        /**
         * Converts this Secret to JSON.
         * @function toJSON
         * @memberof gossip.Secret
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        Secret.prototype.toJSON = function() {
            return Secret.toObject(this, $protobuf.util.toJSONOptions);
        };

        return Secret;
    })();

    gossip.GossipMessage = (function() {

        /**
         * Properties of a GossipMessage.
         * @typedef {Object} gossip.GossipMessage.$Properties
         * @property {number|Long|null} [nonce] GossipMessage nonce
         * @property {Uint8Array|null} [channel] GossipMessage channel
         * @property {gossip.GossipMessage.Tag|null} [tag] GossipMessage tag
         * @property {gossip.AliveMessage.$Properties|null} [aliveMsg] GossipMessage aliveMsg
         * @property {gossip.MembershipRequest.$Properties|null} [memReq] GossipMessage memReq
         * @property {gossip.MembershipResponse.$Properties|null} [memRes] GossipMessage memRes
         * @property {gossip.DataMessage.$Properties|null} [dataMsg] GossipMessage dataMsg
         * @property {gossip.GossipHello.$Properties|null} [hello] GossipMessage hello
         * @property {gossip.DataDigest.$Properties|null} [dataDig] GossipMessage dataDig
         * @property {gossip.DataRequest.$Properties|null} [dataReq] GossipMessage dataReq
         * @property {gossip.DataUpdate.$Properties|null} [dataUpdate] GossipMessage dataUpdate
         * @property {gossip.Empty.$Properties|null} [empty] GossipMessage empty
         * @property {gossip.ConnEstablish.$Properties|null} [conn] GossipMessage conn
         * @property {gossip.StateInfo.$Properties|null} [stateInfo] GossipMessage stateInfo
         * @property {gossip.StateInfoSnapshot.$Properties|null} [stateSnapshot] GossipMessage stateSnapshot
         * @property {gossip.StateInfoPullRequest.$Properties|null} [stateInfoPullReq] GossipMessage stateInfoPullReq
         * @property {gossip.RemoteStateRequest.$Properties|null} [stateRequest] GossipMessage stateRequest
         * @property {gossip.RemoteStateResponse.$Properties|null} [stateResponse] GossipMessage stateResponse
         * @property {gossip.LeadershipMessage.$Properties|null} [leadershipMsg] GossipMessage leadershipMsg
         * @property {gossip.PeerIdentity.$Properties|null} [peerIdentity] GossipMessage peerIdentity
         * @property {gossip.Acknowledgement.$Properties|null} [ack] GossipMessage ack
         * @property {gossip.TransactionMessage.$Properties|null} [txMsg] GossipMessage txMsg
         * @property {gossip.SignalMessage.$Properties|null} [signal] GossipMessage signal
         * @property {"aliveMsg"|"memReq"|"memRes"|"dataMsg"|"hello"|"dataDig"|"dataReq"|"dataUpdate"|"empty"|"conn"|"stateInfo"|"stateSnapshot"|"stateInfoPullReq"|"stateRequest"|"stateResponse"|"leadershipMsg"|"peerIdentity"|"ack"|"txMsg"|"signal"} [content] GossipMessage content
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a GossipMessage.
         * @memberof gossip
         * @interface IGossipMessage
         * @augments gossip.GossipMessage.$Properties
         * @deprecated Use gossip.GossipMessage.$Properties instead.
         */

        /**
         * Narrowed shape of a GossipMessage.
         * @typedef {{
         *   nonce?: number|Long|null;
         *   channel?: Uint8Array|null;
         *   tag?: gossip.GossipMessage.Tag|null;
         *   aliveMsg?: gossip.AliveMessage.$Shape|null;
         *   memReq?: gossip.MembershipRequest.$Shape|null;
         *   memRes?: gossip.MembershipResponse.$Shape|null;
         *   dataMsg?: gossip.DataMessage.$Shape|null;
         *   hello?: gossip.GossipHello.$Shape|null;
         *   dataDig?: gossip.DataDigest.$Shape|null;
         *   dataReq?: gossip.DataRequest.$Shape|null;
         *   dataUpdate?: gossip.DataUpdate.$Shape|null;
         *   empty?: gossip.Empty.$Shape|null;
         *   conn?: gossip.ConnEstablish.$Shape|null;
         *   stateInfo?: gossip.StateInfo.$Shape|null;
         *   stateSnapshot?: gossip.StateInfoSnapshot.$Shape|null;
         *   stateInfoPullReq?: gossip.StateInfoPullRequest.$Shape|null;
         *   stateRequest?: gossip.RemoteStateRequest.$Shape|null;
         *   stateResponse?: gossip.RemoteStateResponse.$Shape|null;
         *   leadershipMsg?: gossip.LeadershipMessage.$Shape|null;
         *   peerIdentity?: gossip.PeerIdentity.$Shape|null;
         *   ack?: gossip.Acknowledgement.$Shape|null;
         *   txMsg?: gossip.TransactionMessage.$Shape|null;
         *   signal?: gossip.SignalMessage.$Shape|null;
         *   $unknowns?: Array.<Uint8Array>;
         * } & (
         *   ({ content?: undefined; aliveMsg?: null; memReq?: null; memRes?: null; dataMsg?: null; hello?: null; dataDig?: null; dataReq?: null; dataUpdate?: null; empty?: null; conn?: null; stateInfo?: null; stateSnapshot?: null; stateInfoPullReq?: null; stateRequest?: null; stateResponse?: null; leadershipMsg?: null; peerIdentity?: null; ack?: null; txMsg?: null; signal?: null }|{ content?: "aliveMsg"; aliveMsg: gossip.AliveMessage.$Shape; memReq?: null; memRes?: null; dataMsg?: null; hello?: null; dataDig?: null; dataReq?: null; dataUpdate?: null; empty?: null; conn?: null; stateInfo?: null; stateSnapshot?: null; stateInfoPullReq?: null; stateRequest?: null; stateResponse?: null; leadershipMsg?: null; peerIdentity?: null; ack?: null; txMsg?: null; signal?: null }|{ content?: "memReq"; aliveMsg?: null; memReq: gossip.MembershipRequest.$Shape; memRes?: null; dataMsg?: null; hello?: null; dataDig?: null; dataReq?: null; dataUpdate?: null; empty?: null; conn?: null; stateInfo?: null; stateSnapshot?: null; stateInfoPullReq?: null; stateRequest?: null; stateResponse?: null; leadershipMsg?: null; peerIdentity?: null; ack?: null; txMsg?: null; signal?: null }|{ content?: "memRes"; aliveMsg?: null; memReq?: null; memRes: gossip.MembershipResponse.$Shape; dataMsg?: null; hello?: null; dataDig?: null; dataReq?: null; dataUpdate?: null; empty?: null; conn?: null; stateInfo?: null; stateSnapshot?: null; stateInfoPullReq?: null; stateRequest?: null; stateResponse?: null; leadershipMsg?: null; peerIdentity?: null; ack?: null; txMsg?: null; signal?: null }|{ content?: "dataMsg"; aliveMsg?: null; memReq?: null; memRes?: null; dataMsg: gossip.DataMessage.$Shape; hello?: null; dataDig?: null; dataReq?: null; dataUpdate?: null; empty?: null; conn?: null; stateInfo?: null; stateSnapshot?: null; stateInfoPullReq?: null; stateRequest?: null; stateResponse?: null; leadershipMsg?: null; peerIdentity?: null; ack?: null; txMsg?: null; signal?: null }|{ content?: "hello"; aliveMsg?: null; memReq?: null; memRes?: null; dataMsg?: null; hello: gossip.GossipHello.$Shape; dataDig?: null; dataReq?: null; dataUpdate?: null; empty?: null; conn?: null; stateInfo?: null; stateSnapshot?: null; stateInfoPullReq?: null; stateRequest?: null; stateResponse?: null; leadershipMsg?: null; peerIdentity?: null; ack?: null; txMsg?: null; signal?: null }|{ content?: "dataDig"; aliveMsg?: null; memReq?: null; memRes?: null; dataMsg?: null; hello?: null; dataDig: gossip.DataDigest.$Shape; dataReq?: null; dataUpdate?: null; empty?: null; conn?: null; stateInfo?: null; stateSnapshot?: null; stateInfoPullReq?: null; stateRequest?: null; stateResponse?: null; leadershipMsg?: null; peerIdentity?: null; ack?: null; txMsg?: null; signal?: null }|{ content?: "dataReq"; aliveMsg?: null; memReq?: null; memRes?: null; dataMsg?: null; hello?: null; dataDig?: null; dataReq: gossip.DataRequest.$Shape; dataUpdate?: null; empty?: null; conn?: null; stateInfo?: null; stateSnapshot?: null; stateInfoPullReq?: null; stateRequest?: null; stateResponse?: null; leadershipMsg?: null; peerIdentity?: null; ack?: null; txMsg?: null; signal?: null }|{ content?: "dataUpdate"; aliveMsg?: null; memReq?: null; memRes?: null; dataMsg?: null; hello?: null; dataDig?: null; dataReq?: null; dataUpdate: gossip.DataUpdate.$Shape; empty?: null; conn?: null; stateInfo?: null; stateSnapshot?: null; stateInfoPullReq?: null; stateRequest?: null; stateResponse?: null; leadershipMsg?: null; peerIdentity?: null; ack?: null; txMsg?: null; signal?: null }|{ content?: "empty"; aliveMsg?: null; memReq?: null; memRes?: null; dataMsg?: null; hello?: null; dataDig?: null; dataReq?: null; dataUpdate?: null; empty: gossip.Empty.$Shape; conn?: null; stateInfo?: null; stateSnapshot?: null; stateInfoPullReq?: null; stateRequest?: null; stateResponse?: null; leadershipMsg?: null; peerIdentity?: null; ack?: null; txMsg?: null; signal?: null }|{ content?: "conn"; aliveMsg?: null; memReq?: null; memRes?: null; dataMsg?: null; hello?: null; dataDig?: null; dataReq?: null; dataUpdate?: null; empty?: null; conn: gossip.ConnEstablish.$Shape; stateInfo?: null; stateSnapshot?: null; stateInfoPullReq?: null; stateRequest?: null; stateResponse?: null; leadershipMsg?: null; peerIdentity?: null; ack?: null; txMsg?: null; signal?: null }|{ content?: "stateInfo"; aliveMsg?: null; memReq?: null; memRes?: null; dataMsg?: null; hello?: null; dataDig?: null; dataReq?: null; dataUpdate?: null; empty?: null; conn?: null; stateInfo: gossip.StateInfo.$Shape; stateSnapshot?: null; stateInfoPullReq?: null; stateRequest?: null; stateResponse?: null; leadershipMsg?: null; peerIdentity?: null; ack?: null; txMsg?: null; signal?: null }|{ content?: "stateSnapshot"; aliveMsg?: null; memReq?: null; memRes?: null; dataMsg?: null; hello?: null; dataDig?: null; dataReq?: null; dataUpdate?: null; empty?: null; conn?: null; stateInfo?: null; stateSnapshot: gossip.StateInfoSnapshot.$Shape; stateInfoPullReq?: null; stateRequest?: null; stateResponse?: null; leadershipMsg?: null; peerIdentity?: null; ack?: null; txMsg?: null; signal?: null }|{ content?: "stateInfoPullReq"; aliveMsg?: null; memReq?: null; memRes?: null; dataMsg?: null; hello?: null; dataDig?: null; dataReq?: null; dataUpdate?: null; empty?: null; conn?: null; stateInfo?: null; stateSnapshot?: null; stateInfoPullReq: gossip.StateInfoPullRequest.$Shape; stateRequest?: null; stateResponse?: null; leadershipMsg?: null; peerIdentity?: null; ack?: null; txMsg?: null; signal?: null }|{ content?: "stateRequest"; aliveMsg?: null; memReq?: null; memRes?: null; dataMsg?: null; hello?: null; dataDig?: null; dataReq?: null; dataUpdate?: null; empty?: null; conn?: null; stateInfo?: null; stateSnapshot?: null; stateInfoPullReq?: null; stateRequest: gossip.RemoteStateRequest.$Shape; stateResponse?: null; leadershipMsg?: null; peerIdentity?: null; ack?: null; txMsg?: null; signal?: null }|{ content?: "stateResponse"; aliveMsg?: null; memReq?: null; memRes?: null; dataMsg?: null; hello?: null; dataDig?: null; dataReq?: null; dataUpdate?: null; empty?: null; conn?: null; stateInfo?: null; stateSnapshot?: null; stateInfoPullReq?: null; stateRequest?: null; stateResponse: gossip.RemoteStateResponse.$Shape; leadershipMsg?: null; peerIdentity?: null; ack?: null; txMsg?: null; signal?: null }|{ content?: "leadershipMsg"; aliveMsg?: null; memReq?: null; memRes?: null; dataMsg?: null; hello?: null; dataDig?: null; dataReq?: null; dataUpdate?: null; empty?: null; conn?: null; stateInfo?: null; stateSnapshot?: null; stateInfoPullReq?: null; stateRequest?: null; stateResponse?: null; leadershipMsg: gossip.LeadershipMessage.$Shape; peerIdentity?: null; ack?: null; txMsg?: null; signal?: null }|{ content?: "peerIdentity"; aliveMsg?: null; memReq?: null; memRes?: null; dataMsg?: null; hello?: null; dataDig?: null; dataReq?: null; dataUpdate?: null; empty?: null; conn?: null; stateInfo?: null; stateSnapshot?: null; stateInfoPullReq?: null; stateRequest?: null; stateResponse?: null; leadershipMsg?: null; peerIdentity: gossip.PeerIdentity.$Shape; ack?: null; txMsg?: null; signal?: null }|{ content?: "ack"; aliveMsg?: null; memReq?: null; memRes?: null; dataMsg?: null; hello?: null; dataDig?: null; dataReq?: null; dataUpdate?: null; empty?: null; conn?: null; stateInfo?: null; stateSnapshot?: null; stateInfoPullReq?: null; stateRequest?: null; stateResponse?: null; leadershipMsg?: null; peerIdentity?: null; ack: gossip.Acknowledgement.$Shape; txMsg?: null; signal?: null }|{ content?: "txMsg"; aliveMsg?: null; memReq?: null; memRes?: null; dataMsg?: null; hello?: null; dataDig?: null; dataReq?: null; dataUpdate?: null; empty?: null; conn?: null; stateInfo?: null; stateSnapshot?: null; stateInfoPullReq?: null; stateRequest?: null; stateResponse?: null; leadershipMsg?: null; peerIdentity?: null; ack?: null; txMsg: gossip.TransactionMessage.$Shape; signal?: null }|{ content?: "signal"; aliveMsg?: null; memReq?: null; memRes?: null; dataMsg?: null; hello?: null; dataDig?: null; dataReq?: null; dataUpdate?: null; empty?: null; conn?: null; stateInfo?: null; stateSnapshot?: null; stateInfoPullReq?: null; stateRequest?: null; stateResponse?: null; leadershipMsg?: null; peerIdentity?: null; ack?: null; txMsg?: null; signal: gossip.SignalMessage.$Shape })
         * )} gossip.GossipMessage.$Shape
         */

        /**
         * Constructs a new GossipMessage.
         * @memberof gossip
         * @classdesc Represents a GossipMessage.
         * @constructor
         * @param {gossip.GossipMessage.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const GossipMessage = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * GossipMessage nonce.
         * @member {number|Long} nonce
         * @memberof gossip.GossipMessage
         * @instance
         */
        GossipMessage.prototype.nonce = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * GossipMessage channel.
         * @member {Uint8Array} channel
         * @memberof gossip.GossipMessage
         * @instance
         */
        GossipMessage.prototype.channel = $util.newBuffer([]);

        /**
         * GossipMessage tag.
         * @member {gossip.GossipMessage.Tag} tag
         * @memberof gossip.GossipMessage
         * @instance
         */
        GossipMessage.prototype.tag = 0;

        /**
         * GossipMessage aliveMsg.
         * @member {gossip.AliveMessage.$Properties|null|undefined} aliveMsg
         * @memberof gossip.GossipMessage
         * @instance
         */
        GossipMessage.prototype.aliveMsg = null;

        /**
         * GossipMessage memReq.
         * @member {gossip.MembershipRequest.$Properties|null|undefined} memReq
         * @memberof gossip.GossipMessage
         * @instance
         */
        GossipMessage.prototype.memReq = null;

        /**
         * GossipMessage memRes.
         * @member {gossip.MembershipResponse.$Properties|null|undefined} memRes
         * @memberof gossip.GossipMessage
         * @instance
         */
        GossipMessage.prototype.memRes = null;

        /**
         * GossipMessage dataMsg.
         * @member {gossip.DataMessage.$Properties|null|undefined} dataMsg
         * @memberof gossip.GossipMessage
         * @instance
         */
        GossipMessage.prototype.dataMsg = null;

        /**
         * GossipMessage hello.
         * @member {gossip.GossipHello.$Properties|null|undefined} hello
         * @memberof gossip.GossipMessage
         * @instance
         */
        GossipMessage.prototype.hello = null;

        /**
         * GossipMessage dataDig.
         * @member {gossip.DataDigest.$Properties|null|undefined} dataDig
         * @memberof gossip.GossipMessage
         * @instance
         */
        GossipMessage.prototype.dataDig = null;

        /**
         * GossipMessage dataReq.
         * @member {gossip.DataRequest.$Properties|null|undefined} dataReq
         * @memberof gossip.GossipMessage
         * @instance
         */
        GossipMessage.prototype.dataReq = null;

        /**
         * GossipMessage dataUpdate.
         * @member {gossip.DataUpdate.$Properties|null|undefined} dataUpdate
         * @memberof gossip.GossipMessage
         * @instance
         */
        GossipMessage.prototype.dataUpdate = null;

        /**
         * GossipMessage empty.
         * @member {gossip.Empty.$Properties|null|undefined} empty
         * @memberof gossip.GossipMessage
         * @instance
         */
        GossipMessage.prototype.empty = null;

        /**
         * GossipMessage conn.
         * @member {gossip.ConnEstablish.$Properties|null|undefined} conn
         * @memberof gossip.GossipMessage
         * @instance
         */
        GossipMessage.prototype.conn = null;

        /**
         * GossipMessage stateInfo.
         * @member {gossip.StateInfo.$Properties|null|undefined} stateInfo
         * @memberof gossip.GossipMessage
         * @instance
         */
        GossipMessage.prototype.stateInfo = null;

        /**
         * GossipMessage stateSnapshot.
         * @member {gossip.StateInfoSnapshot.$Properties|null|undefined} stateSnapshot
         * @memberof gossip.GossipMessage
         * @instance
         */
        GossipMessage.prototype.stateSnapshot = null;

        /**
         * GossipMessage stateInfoPullReq.
         * @member {gossip.StateInfoPullRequest.$Properties|null|undefined} stateInfoPullReq
         * @memberof gossip.GossipMessage
         * @instance
         */
        GossipMessage.prototype.stateInfoPullReq = null;

        /**
         * GossipMessage stateRequest.
         * @member {gossip.RemoteStateRequest.$Properties|null|undefined} stateRequest
         * @memberof gossip.GossipMessage
         * @instance
         */
        GossipMessage.prototype.stateRequest = null;

        /**
         * GossipMessage stateResponse.
         * @member {gossip.RemoteStateResponse.$Properties|null|undefined} stateResponse
         * @memberof gossip.GossipMessage
         * @instance
         */
        GossipMessage.prototype.stateResponse = null;

        /**
         * GossipMessage leadershipMsg.
         * @member {gossip.LeadershipMessage.$Properties|null|undefined} leadershipMsg
         * @memberof gossip.GossipMessage
         * @instance
         */
        GossipMessage.prototype.leadershipMsg = null;

        /**
         * GossipMessage peerIdentity.
         * @member {gossip.PeerIdentity.$Properties|null|undefined} peerIdentity
         * @memberof gossip.GossipMessage
         * @instance
         */
        GossipMessage.prototype.peerIdentity = null;

        /**
         * GossipMessage ack.
         * @member {gossip.Acknowledgement.$Properties|null|undefined} ack
         * @memberof gossip.GossipMessage
         * @instance
         */
        GossipMessage.prototype.ack = null;

        /**
         * GossipMessage txMsg.
         * @member {gossip.TransactionMessage.$Properties|null|undefined} txMsg
         * @memberof gossip.GossipMessage
         * @instance
         */
        GossipMessage.prototype.txMsg = null;

        /**
         * GossipMessage signal.
         * @member {gossip.SignalMessage.$Properties|null|undefined} signal
         * @memberof gossip.GossipMessage
         * @instance
         */
        GossipMessage.prototype.signal = null;

        // OneOf field names bound to virtual getters and setters
        let $oneOfFields;

        /**
         * GossipMessage content.
         * @member {"aliveMsg"|"memReq"|"memRes"|"dataMsg"|"hello"|"dataDig"|"dataReq"|"dataUpdate"|"empty"|"conn"|"stateInfo"|"stateSnapshot"|"stateInfoPullReq"|"stateRequest"|"stateResponse"|"leadershipMsg"|"peerIdentity"|"ack"|"txMsg"|"signal"|undefined} content
         * @memberof gossip.GossipMessage
         * @instance
         */
        $Object.defineProperty(GossipMessage.prototype, "content", {
            get: $util.oneOfGetter($oneOfFields = ["aliveMsg", "memReq", "memRes", "dataMsg", "hello", "dataDig", "dataReq", "dataUpdate", "empty", "conn", "stateInfo", "stateSnapshot", "stateInfoPullReq", "stateRequest", "stateResponse", "leadershipMsg", "peerIdentity", "ack", "txMsg", "signal"]),
            set: $setPresentOneOf($oneOfFields)
        });

        /**
         * Creates a new GossipMessage instance using the specified properties.
         * @function create
         * @memberof gossip.GossipMessage
         * @static
         * @param {gossip.GossipMessage.$Properties=} [properties] Properties to set
         * @returns {gossip.GossipMessage} GossipMessage instance
         * @type {{
         *   (properties: gossip.GossipMessage.$Shape): gossip.GossipMessage & gossip.GossipMessage.$Shape;
         *   (properties?: gossip.GossipMessage.$Properties): gossip.GossipMessage;
         * }}
         */
        GossipMessage.create = function(properties) {
            return new GossipMessage(properties);
        };

        /**
         * Encodes the specified GossipMessage message. Does not implicitly {@link gossip.GossipMessage.verify|verify} messages.
         * @function encode
         * @memberof gossip.GossipMessage
         * @static
         * @param {gossip.GossipMessage.$Properties} m GossipMessage message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        GossipMessage.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.nonce != null && $Object.hasOwnProperty.call(m, "nonce") && (typeof m.nonce === "object" ? m.nonce.low || m.nonce.high : m.nonce !== 0))
                w.uint32(/* id 1, wireType 0 =*/8).uint64(m.nonce);
            if (m.channel != null && $Object.hasOwnProperty.call(m, "channel") && m.channel.length)
                w.uint32(/* id 2, wireType 2 =*/18).bytes(m.channel);
            if (m.tag != null && $Object.hasOwnProperty.call(m, "tag") && m.tag !== 0)
                w.uint32(/* id 3, wireType 0 =*/24).int32(m.tag);
            if (m.aliveMsg != null && $Object.hasOwnProperty.call(m, "aliveMsg"))
                $root.gossip.AliveMessage.encode(m.aliveMsg, w.uint32(/* id 5, wireType 2 =*/42).fork(), q + 1).ldelim();
            if (m.memReq != null && $Object.hasOwnProperty.call(m, "memReq"))
                $root.gossip.MembershipRequest.encode(m.memReq, w.uint32(/* id 6, wireType 2 =*/50).fork(), q + 1).ldelim();
            if (m.memRes != null && $Object.hasOwnProperty.call(m, "memRes"))
                $root.gossip.MembershipResponse.encode(m.memRes, w.uint32(/* id 7, wireType 2 =*/58).fork(), q + 1).ldelim();
            if (m.dataMsg != null && $Object.hasOwnProperty.call(m, "dataMsg"))
                $root.gossip.DataMessage.encode(m.dataMsg, w.uint32(/* id 8, wireType 2 =*/66).fork(), q + 1).ldelim();
            if (m.hello != null && $Object.hasOwnProperty.call(m, "hello"))
                $root.gossip.GossipHello.encode(m.hello, w.uint32(/* id 9, wireType 2 =*/74).fork(), q + 1).ldelim();
            if (m.dataDig != null && $Object.hasOwnProperty.call(m, "dataDig"))
                $root.gossip.DataDigest.encode(m.dataDig, w.uint32(/* id 10, wireType 2 =*/82).fork(), q + 1).ldelim();
            if (m.dataReq != null && $Object.hasOwnProperty.call(m, "dataReq"))
                $root.gossip.DataRequest.encode(m.dataReq, w.uint32(/* id 11, wireType 2 =*/90).fork(), q + 1).ldelim();
            if (m.dataUpdate != null && $Object.hasOwnProperty.call(m, "dataUpdate"))
                $root.gossip.DataUpdate.encode(m.dataUpdate, w.uint32(/* id 12, wireType 2 =*/98).fork(), q + 1).ldelim();
            if (m.empty != null && $Object.hasOwnProperty.call(m, "empty"))
                $root.gossip.Empty.encode(m.empty, w.uint32(/* id 13, wireType 2 =*/106).fork(), q + 1).ldelim();
            if (m.conn != null && $Object.hasOwnProperty.call(m, "conn"))
                $root.gossip.ConnEstablish.encode(m.conn, w.uint32(/* id 14, wireType 2 =*/114).fork(), q + 1).ldelim();
            if (m.stateInfo != null && $Object.hasOwnProperty.call(m, "stateInfo"))
                $root.gossip.StateInfo.encode(m.stateInfo, w.uint32(/* id 15, wireType 2 =*/122).fork(), q + 1).ldelim();
            if (m.stateSnapshot != null && $Object.hasOwnProperty.call(m, "stateSnapshot"))
                $root.gossip.StateInfoSnapshot.encode(m.stateSnapshot, w.uint32(/* id 16, wireType 2 =*/130).fork(), q + 1).ldelim();
            if (m.stateInfoPullReq != null && $Object.hasOwnProperty.call(m, "stateInfoPullReq"))
                $root.gossip.StateInfoPullRequest.encode(m.stateInfoPullReq, w.uint32(/* id 17, wireType 2 =*/138).fork(), q + 1).ldelim();
            if (m.stateRequest != null && $Object.hasOwnProperty.call(m, "stateRequest"))
                $root.gossip.RemoteStateRequest.encode(m.stateRequest, w.uint32(/* id 18, wireType 2 =*/146).fork(), q + 1).ldelim();
            if (m.stateResponse != null && $Object.hasOwnProperty.call(m, "stateResponse"))
                $root.gossip.RemoteStateResponse.encode(m.stateResponse, w.uint32(/* id 19, wireType 2 =*/154).fork(), q + 1).ldelim();
            if (m.leadershipMsg != null && $Object.hasOwnProperty.call(m, "leadershipMsg"))
                $root.gossip.LeadershipMessage.encode(m.leadershipMsg, w.uint32(/* id 20, wireType 2 =*/162).fork(), q + 1).ldelim();
            if (m.peerIdentity != null && $Object.hasOwnProperty.call(m, "peerIdentity"))
                $root.gossip.PeerIdentity.encode(m.peerIdentity, w.uint32(/* id 21, wireType 2 =*/170).fork(), q + 1).ldelim();
            if (m.ack != null && $Object.hasOwnProperty.call(m, "ack"))
                $root.gossip.Acknowledgement.encode(m.ack, w.uint32(/* id 22, wireType 2 =*/178).fork(), q + 1).ldelim();
            if (m.txMsg != null && $Object.hasOwnProperty.call(m, "txMsg"))
                $root.gossip.TransactionMessage.encode(m.txMsg, w.uint32(/* id 100, wireType 2 =*/802).fork(), q + 1).ldelim();
            if (m.signal != null && $Object.hasOwnProperty.call(m, "signal"))
                $root.gossip.SignalMessage.encode(m.signal, w.uint32(/* id 101, wireType 2 =*/810).fork(), q + 1).ldelim();
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Decodes a GossipMessage message from the specified reader or buffer.
         * @function decode
         * @memberof gossip.GossipMessage
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {gossip.GossipMessage & gossip.GossipMessage.$Shape} GossipMessage
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        GossipMessage.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m, v;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.gossip.GossipMessage();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 0)
                            break;
                        if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                            m.nonce = v;
                        else
                            delete m.nonce;
                        continue;
                    }
                case 2: {
                        if (u !== 2)
                            break;
                        if ((v = r.bytes()).length)
                            m.channel = v;
                        else
                            delete m.channel;
                        continue;
                    }
                case 3: {
                        if (u !== 0)
                            break;
                        if (v = r.int32())
                            m.tag = v;
                        else
                            delete m.tag;
                        continue;
                    }
                case 5: {
                        if (u !== 2)
                            break;
                        m.aliveMsg = $root.gossip.AliveMessage.decode(r, r.size(), $undefined, q + 1, m.aliveMsg);
                        m.content = "aliveMsg";
                        continue;
                    }
                case 6: {
                        if (u !== 2)
                            break;
                        m.memReq = $root.gossip.MembershipRequest.decode(r, r.size(), $undefined, q + 1, m.memReq);
                        m.content = "memReq";
                        continue;
                    }
                case 7: {
                        if (u !== 2)
                            break;
                        m.memRes = $root.gossip.MembershipResponse.decode(r, r.size(), $undefined, q + 1, m.memRes);
                        m.content = "memRes";
                        continue;
                    }
                case 8: {
                        if (u !== 2)
                            break;
                        m.dataMsg = $root.gossip.DataMessage.decode(r, r.size(), $undefined, q + 1, m.dataMsg);
                        m.content = "dataMsg";
                        continue;
                    }
                case 9: {
                        if (u !== 2)
                            break;
                        m.hello = $root.gossip.GossipHello.decode(r, r.size(), $undefined, q + 1, m.hello);
                        m.content = "hello";
                        continue;
                    }
                case 10: {
                        if (u !== 2)
                            break;
                        m.dataDig = $root.gossip.DataDigest.decode(r, r.size(), $undefined, q + 1, m.dataDig);
                        m.content = "dataDig";
                        continue;
                    }
                case 11: {
                        if (u !== 2)
                            break;
                        m.dataReq = $root.gossip.DataRequest.decode(r, r.size(), $undefined, q + 1, m.dataReq);
                        m.content = "dataReq";
                        continue;
                    }
                case 12: {
                        if (u !== 2)
                            break;
                        m.dataUpdate = $root.gossip.DataUpdate.decode(r, r.size(), $undefined, q + 1, m.dataUpdate);
                        m.content = "dataUpdate";
                        continue;
                    }
                case 13: {
                        if (u !== 2)
                            break;
                        m.empty = $root.gossip.Empty.decode(r, r.size(), $undefined, q + 1, m.empty);
                        m.content = "empty";
                        continue;
                    }
                case 14: {
                        if (u !== 2)
                            break;
                        m.conn = $root.gossip.ConnEstablish.decode(r, r.size(), $undefined, q + 1, m.conn);
                        m.content = "conn";
                        continue;
                    }
                case 15: {
                        if (u !== 2)
                            break;
                        m.stateInfo = $root.gossip.StateInfo.decode(r, r.size(), $undefined, q + 1, m.stateInfo);
                        m.content = "stateInfo";
                        continue;
                    }
                case 16: {
                        if (u !== 2)
                            break;
                        m.stateSnapshot = $root.gossip.StateInfoSnapshot.decode(r, r.size(), $undefined, q + 1, m.stateSnapshot);
                        m.content = "stateSnapshot";
                        continue;
                    }
                case 17: {
                        if (u !== 2)
                            break;
                        m.stateInfoPullReq = $root.gossip.StateInfoPullRequest.decode(r, r.size(), $undefined, q + 1, m.stateInfoPullReq);
                        m.content = "stateInfoPullReq";
                        continue;
                    }
                case 18: {
                        if (u !== 2)
                            break;
                        m.stateRequest = $root.gossip.RemoteStateRequest.decode(r, r.size(), $undefined, q + 1, m.stateRequest);
                        m.content = "stateRequest";
                        continue;
                    }
                case 19: {
                        if (u !== 2)
                            break;
                        m.stateResponse = $root.gossip.RemoteStateResponse.decode(r, r.size(), $undefined, q + 1, m.stateResponse);
                        m.content = "stateResponse";
                        continue;
                    }
                case 20: {
                        if (u !== 2)
                            break;
                        m.leadershipMsg = $root.gossip.LeadershipMessage.decode(r, r.size(), $undefined, q + 1, m.leadershipMsg);
                        m.content = "leadershipMsg";
                        continue;
                    }
                case 21: {
                        if (u !== 2)
                            break;
                        m.peerIdentity = $root.gossip.PeerIdentity.decode(r, r.size(), $undefined, q + 1, m.peerIdentity);
                        m.content = "peerIdentity";
                        continue;
                    }
                case 22: {
                        if (u !== 2)
                            break;
                        m.ack = $root.gossip.Acknowledgement.decode(r, r.size(), $undefined, q + 1, m.ack);
                        m.content = "ack";
                        continue;
                    }
                case 100: {
                        if (u !== 2)
                            break;
                        m.txMsg = $root.gossip.TransactionMessage.decode(r, r.size(), $undefined, q + 1, m.txMsg);
                        m.content = "txMsg";
                        continue;
                    }
                case 101: {
                        if (u !== 2)
                            break;
                        m.signal = $root.gossip.SignalMessage.decode(r, r.size(), $undefined, q + 1, m.signal);
                        m.content = "signal";
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        /**
         * Creates a GossipMessage message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof gossip.GossipMessage
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {gossip.GossipMessage} GossipMessage
         */
        GossipMessage.fromObject = function (d, q) {
            if (d instanceof $root.gossip.GossipMessage)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".gossip.GossipMessage: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.gossip.GossipMessage();
            if (d.nonce != null) {
                if (typeof d.nonce === "object" ? d.nonce.low || d.nonce.high : $Number(d.nonce) !== 0) {
                    if ($util.Long)
                        m.nonce = $util.Long.fromValue(d.nonce, true);
                    else if (typeof d.nonce === "string")
                        m.nonce = $parseInt(d.nonce, 10);
                    else if (typeof d.nonce === "number")
                        m.nonce = d.nonce;
                    else if (typeof d.nonce === "object")
                        m.nonce = new $util.LongBits(d.nonce.low >>> 0, d.nonce.high >>> 0).toNumber(true);
                }
            }
            if (d.channel != null) {
                if (d.channel.length) {
                    if (typeof d.channel === "string")
                        $util.base64.decode(d.channel, m.channel = $util.newBuffer($util.base64.length(d.channel)), 0);
                    else if (d.channel.length >= 0)
                        m.channel = d.channel;
                }
            }
            if (d.tag !== 0 && (typeof d.tag !== "string" || $root.gossip.GossipMessage.Tag[d.tag] !== 0)) {
                switch (d.tag) {
                case "UNDEFINED":
                case 0:
                    m.tag = 0;
                    break;
                case "EMPTY":
                case 1:
                    m.tag = 1;
                    break;
                case "ORG_ONLY":
                case 2:
                    m.tag = 2;
                    break;
                case "CHAN_ONLY":
                case 3:
                    m.tag = 3;
                    break;
                case "CHAN_AND_ORG":
                case 4:
                    m.tag = 4;
                    break;
                case "CHAN_OR_ORG":
                case 5:
                    m.tag = 5;
                    break;
                default:
                    if (typeof d.tag === "number" && (d.tag | 0) === d.tag)
                        m.tag = d.tag;
                }
            }
            if (d.aliveMsg != null) {
                if (!$util.isObject(d.aliveMsg))
                    throw $TypeError(".gossip.GossipMessage.aliveMsg: object expected");
                m.aliveMsg = $root.gossip.AliveMessage.fromObject(d.aliveMsg, q + 1);
            }
            if (d.memReq != null) {
                if (!$util.isObject(d.memReq))
                    throw $TypeError(".gossip.GossipMessage.memReq: object expected");
                m.memReq = $root.gossip.MembershipRequest.fromObject(d.memReq, q + 1);
            }
            if (d.memRes != null) {
                if (!$util.isObject(d.memRes))
                    throw $TypeError(".gossip.GossipMessage.memRes: object expected");
                m.memRes = $root.gossip.MembershipResponse.fromObject(d.memRes, q + 1);
            }
            if (d.dataMsg != null) {
                if (!$util.isObject(d.dataMsg))
                    throw $TypeError(".gossip.GossipMessage.dataMsg: object expected");
                m.dataMsg = $root.gossip.DataMessage.fromObject(d.dataMsg, q + 1);
            }
            if (d.hello != null) {
                if (!$util.isObject(d.hello))
                    throw $TypeError(".gossip.GossipMessage.hello: object expected");
                m.hello = $root.gossip.GossipHello.fromObject(d.hello, q + 1);
            }
            if (d.dataDig != null) {
                if (!$util.isObject(d.dataDig))
                    throw $TypeError(".gossip.GossipMessage.dataDig: object expected");
                m.dataDig = $root.gossip.DataDigest.fromObject(d.dataDig, q + 1);
            }
            if (d.dataReq != null) {
                if (!$util.isObject(d.dataReq))
                    throw $TypeError(".gossip.GossipMessage.dataReq: object expected");
                m.dataReq = $root.gossip.DataRequest.fromObject(d.dataReq, q + 1);
            }
            if (d.dataUpdate != null) {
                if (!$util.isObject(d.dataUpdate))
                    throw $TypeError(".gossip.GossipMessage.dataUpdate: object expected");
                m.dataUpdate = $root.gossip.DataUpdate.fromObject(d.dataUpdate, q + 1);
            }
            if (d.empty != null) {
                if (!$util.isObject(d.empty))
                    throw $TypeError(".gossip.GossipMessage.empty: object expected");
                m.empty = $root.gossip.Empty.fromObject(d.empty, q + 1);
            }
            if (d.conn != null) {
                if (!$util.isObject(d.conn))
                    throw $TypeError(".gossip.GossipMessage.conn: object expected");
                m.conn = $root.gossip.ConnEstablish.fromObject(d.conn, q + 1);
            }
            if (d.stateInfo != null) {
                if (!$util.isObject(d.stateInfo))
                    throw $TypeError(".gossip.GossipMessage.stateInfo: object expected");
                m.stateInfo = $root.gossip.StateInfo.fromObject(d.stateInfo, q + 1);
            }
            if (d.stateSnapshot != null) {
                if (!$util.isObject(d.stateSnapshot))
                    throw $TypeError(".gossip.GossipMessage.stateSnapshot: object expected");
                m.stateSnapshot = $root.gossip.StateInfoSnapshot.fromObject(d.stateSnapshot, q + 1);
            }
            if (d.stateInfoPullReq != null) {
                if (!$util.isObject(d.stateInfoPullReq))
                    throw $TypeError(".gossip.GossipMessage.stateInfoPullReq: object expected");
                m.stateInfoPullReq = $root.gossip.StateInfoPullRequest.fromObject(d.stateInfoPullReq, q + 1);
            }
            if (d.stateRequest != null) {
                if (!$util.isObject(d.stateRequest))
                    throw $TypeError(".gossip.GossipMessage.stateRequest: object expected");
                m.stateRequest = $root.gossip.RemoteStateRequest.fromObject(d.stateRequest, q + 1);
            }
            if (d.stateResponse != null) {
                if (!$util.isObject(d.stateResponse))
                    throw $TypeError(".gossip.GossipMessage.stateResponse: object expected");
                m.stateResponse = $root.gossip.RemoteStateResponse.fromObject(d.stateResponse, q + 1);
            }
            if (d.leadershipMsg != null) {
                if (!$util.isObject(d.leadershipMsg))
                    throw $TypeError(".gossip.GossipMessage.leadershipMsg: object expected");
                m.leadershipMsg = $root.gossip.LeadershipMessage.fromObject(d.leadershipMsg, q + 1);
            }
            if (d.peerIdentity != null) {
                if (!$util.isObject(d.peerIdentity))
                    throw $TypeError(".gossip.GossipMessage.peerIdentity: object expected");
                m.peerIdentity = $root.gossip.PeerIdentity.fromObject(d.peerIdentity, q + 1);
            }
            if (d.ack != null) {
                if (!$util.isObject(d.ack))
                    throw $TypeError(".gossip.GossipMessage.ack: object expected");
                m.ack = $root.gossip.Acknowledgement.fromObject(d.ack, q + 1);
            }
            if (d.txMsg != null) {
                if (!$util.isObject(d.txMsg))
                    throw $TypeError(".gossip.GossipMessage.txMsg: object expected");
                m.txMsg = $root.gossip.TransactionMessage.fromObject(d.txMsg, q + 1);
            }
            if (d.signal != null) {
                if (!$util.isObject(d.signal))
                    throw $TypeError(".gossip.GossipMessage.signal: object expected");
                m.signal = $root.gossip.SignalMessage.fromObject(d.signal, q + 1);
            }
            return m;
        };

        /**
         * Creates a plain object from a GossipMessage message. Also converts values to other types if specified.
         * @function toObject
         * @memberof gossip.GossipMessage
         * @static
         * @param {gossip.GossipMessage} m GossipMessage
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        GossipMessage.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                if ($util.Long) {
                    var n = new $util.Long(0, 0, true);
                    d.nonce = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                } else
                    d.nonce = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                if (o.bytes === $String)
                    d.channel = "";
                else {
                    d.channel = [];
                    if (o.bytes !== $Array)
                        d.channel = $util.newBuffer(d.channel);
                }
                d.tag = o.enums === $String ? "UNDEFINED" : 0;
            }
            if (m.nonce != null && $Object.hasOwnProperty.call(m, "nonce")) {
                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                    d.nonce = typeof m.nonce === "number" ? $BigInt(m.nonce) : $util.Long.fromBits(m.nonce.low >>> 0, m.nonce.high >>> 0, true).toBigInt();
                else if (typeof m.nonce === "number")
                    d.nonce = o.longs === $String ? $String(m.nonce) : m.nonce;
                else
                    d.nonce = o.longs === $String ? $util.Long.prototype.toString.call(m.nonce) : o.longs === $Number ? new $util.LongBits(m.nonce.low >>> 0, m.nonce.high >>> 0).toNumber(true) : m.nonce;
            }
            if (m.channel != null && $Object.hasOwnProperty.call(m, "channel")) {
                d.channel = o.bytes === $String ? $util.base64.encode(m.channel, 0, m.channel.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.channel) : m.channel;
            }
            if (m.tag != null && $Object.hasOwnProperty.call(m, "tag")) {
                d.tag = o.enums === $String ? $root.gossip.GossipMessage.Tag[m.tag] === $undefined ? m.tag : $root.gossip.GossipMessage.Tag[m.tag] : m.tag;
            }
            if (m.aliveMsg != null && $Object.hasOwnProperty.call(m, "aliveMsg")) {
                d.aliveMsg = $root.gossip.AliveMessage.toObject(m.aliveMsg, o, q + 1);
                if (o.oneofs)
                    d.content = "aliveMsg";
            }
            if (m.memReq != null && $Object.hasOwnProperty.call(m, "memReq")) {
                d.memReq = $root.gossip.MembershipRequest.toObject(m.memReq, o, q + 1);
                if (o.oneofs)
                    d.content = "memReq";
            }
            if (m.memRes != null && $Object.hasOwnProperty.call(m, "memRes")) {
                d.memRes = $root.gossip.MembershipResponse.toObject(m.memRes, o, q + 1);
                if (o.oneofs)
                    d.content = "memRes";
            }
            if (m.dataMsg != null && $Object.hasOwnProperty.call(m, "dataMsg")) {
                d.dataMsg = $root.gossip.DataMessage.toObject(m.dataMsg, o, q + 1);
                if (o.oneofs)
                    d.content = "dataMsg";
            }
            if (m.hello != null && $Object.hasOwnProperty.call(m, "hello")) {
                d.hello = $root.gossip.GossipHello.toObject(m.hello, o, q + 1);
                if (o.oneofs)
                    d.content = "hello";
            }
            if (m.dataDig != null && $Object.hasOwnProperty.call(m, "dataDig")) {
                d.dataDig = $root.gossip.DataDigest.toObject(m.dataDig, o, q + 1);
                if (o.oneofs)
                    d.content = "dataDig";
            }
            if (m.dataReq != null && $Object.hasOwnProperty.call(m, "dataReq")) {
                d.dataReq = $root.gossip.DataRequest.toObject(m.dataReq, o, q + 1);
                if (o.oneofs)
                    d.content = "dataReq";
            }
            if (m.dataUpdate != null && $Object.hasOwnProperty.call(m, "dataUpdate")) {
                d.dataUpdate = $root.gossip.DataUpdate.toObject(m.dataUpdate, o, q + 1);
                if (o.oneofs)
                    d.content = "dataUpdate";
            }
            if (m.empty != null && $Object.hasOwnProperty.call(m, "empty")) {
                d.empty = $root.gossip.Empty.toObject(m.empty, o, q + 1);
                if (o.oneofs)
                    d.content = "empty";
            }
            if (m.conn != null && $Object.hasOwnProperty.call(m, "conn")) {
                d.conn = $root.gossip.ConnEstablish.toObject(m.conn, o, q + 1);
                if (o.oneofs)
                    d.content = "conn";
            }
            if (m.stateInfo != null && $Object.hasOwnProperty.call(m, "stateInfo")) {
                d.stateInfo = $root.gossip.StateInfo.toObject(m.stateInfo, o, q + 1);
                if (o.oneofs)
                    d.content = "stateInfo";
            }
            if (m.stateSnapshot != null && $Object.hasOwnProperty.call(m, "stateSnapshot")) {
                d.stateSnapshot = $root.gossip.StateInfoSnapshot.toObject(m.stateSnapshot, o, q + 1);
                if (o.oneofs)
                    d.content = "stateSnapshot";
            }
            if (m.stateInfoPullReq != null && $Object.hasOwnProperty.call(m, "stateInfoPullReq")) {
                d.stateInfoPullReq = $root.gossip.StateInfoPullRequest.toObject(m.stateInfoPullReq, o, q + 1);
                if (o.oneofs)
                    d.content = "stateInfoPullReq";
            }
            if (m.stateRequest != null && $Object.hasOwnProperty.call(m, "stateRequest")) {
                d.stateRequest = $root.gossip.RemoteStateRequest.toObject(m.stateRequest, o, q + 1);
                if (o.oneofs)
                    d.content = "stateRequest";
            }
            if (m.stateResponse != null && $Object.hasOwnProperty.call(m, "stateResponse")) {
                d.stateResponse = $root.gossip.RemoteStateResponse.toObject(m.stateResponse, o, q + 1);
                if (o.oneofs)
                    d.content = "stateResponse";
            }
            if (m.leadershipMsg != null && $Object.hasOwnProperty.call(m, "leadershipMsg")) {
                d.leadershipMsg = $root.gossip.LeadershipMessage.toObject(m.leadershipMsg, o, q + 1);
                if (o.oneofs)
                    d.content = "leadershipMsg";
            }
            if (m.peerIdentity != null && $Object.hasOwnProperty.call(m, "peerIdentity")) {
                d.peerIdentity = $root.gossip.PeerIdentity.toObject(m.peerIdentity, o, q + 1);
                if (o.oneofs)
                    d.content = "peerIdentity";
            }
            if (m.ack != null && $Object.hasOwnProperty.call(m, "ack")) {
                d.ack = $root.gossip.Acknowledgement.toObject(m.ack, o, q + 1);
                if (o.oneofs)
                    d.content = "ack";
            }
            if (m.txMsg != null && $Object.hasOwnProperty.call(m, "txMsg")) {
                d.txMsg = $root.gossip.TransactionMessage.toObject(m.txMsg, o, q + 1);
                if (o.oneofs)
                    d.content = "txMsg";
            }
            if (m.signal != null && $Object.hasOwnProperty.call(m, "signal")) {
                d.signal = $root.gossip.SignalMessage.toObject(m.signal, o, q + 1);
                if (o.oneofs)
                    d.content = "signal";
            }
            return d;
        };

        /**
         * Converts this GossipMessage to JSON.
         * @function toJSON
         * @memberof gossip.GossipMessage
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        GossipMessage.prototype.toJSON = function() {
            return GossipMessage.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Tag enum.
         * @name gossip.GossipMessage.Tag
         * @enum {number}
         * @property {number} UNDEFINED=0 UNDEFINED value
         * @property {number} EMPTY=1 EMPTY value
         * @property {number} ORG_ONLY=2 ORG_ONLY value
         * @property {number} CHAN_ONLY=3 CHAN_ONLY value
         * @property {number} CHAN_AND_ORG=4 CHAN_AND_ORG value
         * @property {number} CHAN_OR_ORG=5 CHAN_OR_ORG value
         */
        GossipMessage.Tag = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "UNDEFINED"] = 0;
            values[valuesById[1] = "EMPTY"] = 1;
            values[valuesById[2] = "ORG_ONLY"] = 2;
            values[valuesById[3] = "CHAN_ONLY"] = 3;
            values[valuesById[4] = "CHAN_AND_ORG"] = 4;
            values[valuesById[5] = "CHAN_OR_ORG"] = 5;
            return values;
        })();

        return GossipMessage;
    })();

    gossip.StateInfo = (function() {

        /**
         * Properties of a StateInfo.
         * @typedef {Object} gossip.StateInfo.$Properties
         * @property {gossip.PeerTime.$Properties|null} [timestamp] StateInfo timestamp
         * @property {Uint8Array|null} [pkiId] StateInfo pkiId
         * @property {Uint8Array|null} [channel_MAC] StateInfo channel_MAC
         * @property {gossip.Properties.$Properties|null} [properties] StateInfo properties
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a StateInfo.
         * @memberof gossip
         * @interface IStateInfo
         * @augments gossip.StateInfo.$Properties
         * @deprecated Use gossip.StateInfo.$Properties instead.
         */

        /**
         * Shape of a StateInfo.
         * @typedef {gossip.StateInfo.$Properties} gossip.StateInfo.$Shape
         */

        /**
         * Constructs a new StateInfo.
         * @memberof gossip
         * @classdesc Represents a StateInfo.
         * @constructor
         * @param {gossip.StateInfo.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const StateInfo = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * StateInfo timestamp.
         * @member {gossip.PeerTime.$Properties|null|undefined} timestamp
         * @memberof gossip.StateInfo
         * @instance
         */
        StateInfo.prototype.timestamp = null;

        /**
         * StateInfo pkiId.
         * @member {Uint8Array} pkiId
         * @memberof gossip.StateInfo
         * @instance
         */
        StateInfo.prototype.pkiId = $util.newBuffer([]);

        /**
         * StateInfo channel_MAC.
         * @member {Uint8Array} channel_MAC
         * @memberof gossip.StateInfo
         * @instance
         */
        StateInfo.prototype.channel_MAC = $util.newBuffer([]);

        /**
         * StateInfo properties.
         * @member {gossip.Properties.$Properties|null|undefined} properties
         * @memberof gossip.StateInfo
         * @instance
         */
        StateInfo.prototype.properties = null;

        /**
         * Creates a new StateInfo instance using the specified properties.
         * @function create
         * @memberof gossip.StateInfo
         * @static
         * @param {gossip.StateInfo.$Properties=} [properties] Properties to set
         * @returns {gossip.StateInfo} StateInfo instance
         * @type {{
         *   (properties: gossip.StateInfo.$Shape): gossip.StateInfo & gossip.StateInfo.$Shape;
         *   (properties?: gossip.StateInfo.$Properties): gossip.StateInfo;
         * }}
         */
        StateInfo.create = function(properties) {
            return new StateInfo(properties);
        };

        /**
         * Encodes the specified StateInfo message. Does not implicitly {@link gossip.StateInfo.verify|verify} messages.
         * @function encode
         * @memberof gossip.StateInfo
         * @static
         * @param {gossip.StateInfo.$Properties} m StateInfo message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        StateInfo.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.timestamp != null && $Object.hasOwnProperty.call(m, "timestamp"))
                $root.gossip.PeerTime.encode(m.timestamp, w.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
            if (m.pkiId != null && $Object.hasOwnProperty.call(m, "pkiId") && m.pkiId.length)
                w.uint32(/* id 3, wireType 2 =*/26).bytes(m.pkiId);
            if (m.channel_MAC != null && $Object.hasOwnProperty.call(m, "channel_MAC") && m.channel_MAC.length)
                w.uint32(/* id 4, wireType 2 =*/34).bytes(m.channel_MAC);
            if (m.properties != null && $Object.hasOwnProperty.call(m, "properties"))
                $root.gossip.Properties.encode(m.properties, w.uint32(/* id 5, wireType 2 =*/42).fork(), q + 1).ldelim();
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Decodes a StateInfo message from the specified reader or buffer.
         * @function decode
         * @memberof gossip.StateInfo
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {gossip.StateInfo & gossip.StateInfo.$Shape} StateInfo
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        StateInfo.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m, v;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.gossip.StateInfo();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 2: {
                        if (u !== 2)
                            break;
                        m.timestamp = $root.gossip.PeerTime.decode(r, r.size(), $undefined, q + 1, m.timestamp);
                        continue;
                    }
                case 3: {
                        if (u !== 2)
                            break;
                        if ((v = r.bytes()).length)
                            m.pkiId = v;
                        else
                            delete m.pkiId;
                        continue;
                    }
                case 4: {
                        if (u !== 2)
                            break;
                        if ((v = r.bytes()).length)
                            m.channel_MAC = v;
                        else
                            delete m.channel_MAC;
                        continue;
                    }
                case 5: {
                        if (u !== 2)
                            break;
                        m.properties = $root.gossip.Properties.decode(r, r.size(), $undefined, q + 1, m.properties);
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        /**
         * Creates a StateInfo message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof gossip.StateInfo
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {gossip.StateInfo} StateInfo
         */
        StateInfo.fromObject = function (d, q) {
            if (d instanceof $root.gossip.StateInfo)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".gossip.StateInfo: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.gossip.StateInfo();
            if (d.timestamp != null) {
                if (!$util.isObject(d.timestamp))
                    throw $TypeError(".gossip.StateInfo.timestamp: object expected");
                m.timestamp = $root.gossip.PeerTime.fromObject(d.timestamp, q + 1);
            }
            if (d.pkiId != null) {
                if (d.pkiId.length) {
                    if (typeof d.pkiId === "string")
                        $util.base64.decode(d.pkiId, m.pkiId = $util.newBuffer($util.base64.length(d.pkiId)), 0);
                    else if (d.pkiId.length >= 0)
                        m.pkiId = d.pkiId;
                }
            }
            if (d.channel_MAC != null) {
                if (d.channel_MAC.length) {
                    if (typeof d.channel_MAC === "string")
                        $util.base64.decode(d.channel_MAC, m.channel_MAC = $util.newBuffer($util.base64.length(d.channel_MAC)), 0);
                    else if (d.channel_MAC.length >= 0)
                        m.channel_MAC = d.channel_MAC;
                }
            }
            if (d.properties != null) {
                if (!$util.isObject(d.properties))
                    throw $TypeError(".gossip.StateInfo.properties: object expected");
                m.properties = $root.gossip.Properties.fromObject(d.properties, q + 1);
            }
            return m;
        };

        /**
         * Creates a plain object from a StateInfo message. Also converts values to other types if specified.
         * @function toObject
         * @memberof gossip.StateInfo
         * @static
         * @param {gossip.StateInfo} m StateInfo
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        StateInfo.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                d.timestamp = null;
                if (o.bytes === $String)
                    d.pkiId = "";
                else {
                    d.pkiId = [];
                    if (o.bytes !== $Array)
                        d.pkiId = $util.newBuffer(d.pkiId);
                }
                if (o.bytes === $String)
                    d.channel_MAC = "";
                else {
                    d.channel_MAC = [];
                    if (o.bytes !== $Array)
                        d.channel_MAC = $util.newBuffer(d.channel_MAC);
                }
                d.properties = null;
            }
            if (m.timestamp != null && $Object.hasOwnProperty.call(m, "timestamp")) {
                d.timestamp = $root.gossip.PeerTime.toObject(m.timestamp, o, q + 1);
            }
            if (m.pkiId != null && $Object.hasOwnProperty.call(m, "pkiId")) {
                d.pkiId = o.bytes === $String ? $util.base64.encode(m.pkiId, 0, m.pkiId.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.pkiId) : m.pkiId;
            }
            if (m.channel_MAC != null && $Object.hasOwnProperty.call(m, "channel_MAC")) {
                d.channel_MAC = o.bytes === $String ? $util.base64.encode(m.channel_MAC, 0, m.channel_MAC.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.channel_MAC) : m.channel_MAC;
            }
            if (m.properties != null && $Object.hasOwnProperty.call(m, "properties")) {
                d.properties = $root.gossip.Properties.toObject(m.properties, o, q + 1);
            }
            return d;
        };

        /**
         * Converts this StateInfo to JSON.
         * @function toJSON
         * @memberof gossip.StateInfo
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        StateInfo.prototype.toJSON = function() {
            return StateInfo.toObject(this, $protobuf.util.toJSONOptions);
        };

        return StateInfo;
    })();

    gossip.Properties = (function() {

        /**
         * Properties of a Properties.
         * @typedef {Object} gossip.Properties.$Properties
         * @property {number|Long|null} [ledgerHeight] Properties ledgerHeight
         * @property {boolean|null} [leftChannel] Properties leftChannel
         * @property {Array.<gossip.Chaincode.$Properties>|null} [chaincodes] Properties chaincodes
         * @property {Uint8Array|null} [headHash] Properties headHash
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a Properties.
         * @memberof gossip
         * @interface IProperties
         * @augments gossip.Properties.$Properties
         * @deprecated Use gossip.Properties.$Properties instead.
         */

        /**
         * Shape of a Properties.
         * @typedef {gossip.Properties.$Properties} gossip.Properties.$Shape
         */

        /**
         * Constructs a new Properties.
         * @memberof gossip
         * @classdesc Represents a Properties.
         * @constructor
         * @param {gossip.Properties.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const Properties = function (p) {
            this.chaincodes = [];
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * Properties ledgerHeight.
         * @member {number|Long} ledgerHeight
         * @memberof gossip.Properties
         * @instance
         */
        Properties.prototype.ledgerHeight = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * Properties leftChannel.
         * @member {boolean} leftChannel
         * @memberof gossip.Properties
         * @instance
         */
        Properties.prototype.leftChannel = false;

        /**
         * Properties chaincodes.
         * @member {Array.<gossip.Chaincode.$Properties>} chaincodes
         * @memberof gossip.Properties
         * @instance
         */
        Properties.prototype.chaincodes = $util.emptyArray;

        /**
         * Properties headHash.
         * @member {Uint8Array} headHash
         * @memberof gossip.Properties
         * @instance
         */
        Properties.prototype.headHash = $util.newBuffer([]);

        /**
         * Creates a new Properties instance using the specified properties.
         * @function create
         * @memberof gossip.Properties
         * @static
         * @param {gossip.Properties.$Properties=} [properties] Properties to set
         * @returns {gossip.Properties} Properties instance
         * @type {{
         *   (properties: gossip.Properties.$Shape): gossip.Properties & gossip.Properties.$Shape;
         *   (properties?: gossip.Properties.$Properties): gossip.Properties;
         * }}
         */
        Properties.create = function(properties) {
            return new Properties(properties);
        };

        /**
         * Encodes the specified Properties message. Does not implicitly {@link gossip.Properties.verify|verify} messages.
         * @function encode
         * @memberof gossip.Properties
         * @static
         * @param {gossip.Properties.$Properties} m Properties message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Properties.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.ledgerHeight != null && $Object.hasOwnProperty.call(m, "ledgerHeight") && (typeof m.ledgerHeight === "object" ? m.ledgerHeight.low || m.ledgerHeight.high : m.ledgerHeight !== 0))
                w.uint32(/* id 1, wireType 0 =*/8).uint64(m.ledgerHeight);
            if (m.leftChannel != null && $Object.hasOwnProperty.call(m, "leftChannel") && m.leftChannel !== false)
                w.uint32(/* id 2, wireType 0 =*/16).bool(m.leftChannel);
            if (m.chaincodes != null && m.chaincodes.length) {
                for (var i = 0; i < m.chaincodes.length; ++i)
                    $root.gossip.Chaincode.encode(m.chaincodes[i], w.uint32(/* id 3, wireType 2 =*/26).fork(), q + 1).ldelim();
            }
            if (m.headHash != null && $Object.hasOwnProperty.call(m, "headHash") && m.headHash.length)
                w.uint32(/* id 100, wireType 2 =*/802).bytes(m.headHash);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Decodes a Properties message from the specified reader or buffer.
         * @function decode
         * @memberof gossip.Properties
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {gossip.Properties & gossip.Properties.$Shape} Properties
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Properties.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m, v;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.gossip.Properties();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 0)
                            break;
                        if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                            m.ledgerHeight = v;
                        else
                            delete m.ledgerHeight;
                        continue;
                    }
                case 2: {
                        if (u !== 0)
                            break;
                        if (v = r.bool())
                            m.leftChannel = v;
                        else
                            delete m.leftChannel;
                        continue;
                    }
                case 3: {
                        if (u !== 2)
                            break;
                        if (!(m.chaincodes && m.chaincodes.length))
                            m.chaincodes = [];
                        m.chaincodes.push($root.gossip.Chaincode.decode(r, r.size(), $undefined, q + 1));
                        continue;
                    }
                case 100: {
                        if (u !== 2)
                            break;
                        if ((v = r.bytes()).length)
                            m.headHash = v;
                        else
                            delete m.headHash;
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        /**
         * Creates a Properties message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof gossip.Properties
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {gossip.Properties} Properties
         */
        Properties.fromObject = function (d, q) {
            if (d instanceof $root.gossip.Properties)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".gossip.Properties: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.gossip.Properties();
            if (d.ledgerHeight != null) {
                if (typeof d.ledgerHeight === "object" ? d.ledgerHeight.low || d.ledgerHeight.high : $Number(d.ledgerHeight) !== 0) {
                    if ($util.Long)
                        m.ledgerHeight = $util.Long.fromValue(d.ledgerHeight, true);
                    else if (typeof d.ledgerHeight === "string")
                        m.ledgerHeight = $parseInt(d.ledgerHeight, 10);
                    else if (typeof d.ledgerHeight === "number")
                        m.ledgerHeight = d.ledgerHeight;
                    else if (typeof d.ledgerHeight === "object")
                        m.ledgerHeight = new $util.LongBits(d.ledgerHeight.low >>> 0, d.ledgerHeight.high >>> 0).toNumber(true);
                }
            }
            if (d.leftChannel != null) {
                if (d.leftChannel) {
                    m.leftChannel = $Boolean(d.leftChannel);
                }
            }
            if (d.chaincodes) {
                if (!$Array.isArray(d.chaincodes))
                    throw $TypeError(".gossip.Properties.chaincodes: array expected");
                m.chaincodes = $Array(d.chaincodes.length);
                for (var i = 0; i < d.chaincodes.length; ++i) {
                    if (!$util.isObject(d.chaincodes[i]))
                        throw $TypeError(".gossip.Properties.chaincodes: object expected");
                    m.chaincodes[i] = $root.gossip.Chaincode.fromObject(d.chaincodes[i], q + 1);
                }
            }
            if (d.headHash != null) {
                if (d.headHash.length) {
                    if (typeof d.headHash === "string")
                        $util.base64.decode(d.headHash, m.headHash = $util.newBuffer($util.base64.length(d.headHash)), 0);
                    else if (d.headHash.length >= 0)
                        m.headHash = d.headHash;
                }
            }
            return m;
        };

        /**
         * Creates a plain object from a Properties message. Also converts values to other types if specified.
         * @function toObject
         * @memberof gossip.Properties
         * @static
         * @param {gossip.Properties} m Properties
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        Properties.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.arrays || o.defaults) {
                d.chaincodes = [];
            }
            if (o.defaults) {
                if ($util.Long) {
                    var n = new $util.Long(0, 0, true);
                    d.ledgerHeight = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                } else
                    d.ledgerHeight = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                d.leftChannel = false;
                if (o.bytes === $String)
                    d.headHash = "";
                else {
                    d.headHash = [];
                    if (o.bytes !== $Array)
                        d.headHash = $util.newBuffer(d.headHash);
                }
            }
            if (m.ledgerHeight != null && $Object.hasOwnProperty.call(m, "ledgerHeight")) {
                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                    d.ledgerHeight = typeof m.ledgerHeight === "number" ? $BigInt(m.ledgerHeight) : $util.Long.fromBits(m.ledgerHeight.low >>> 0, m.ledgerHeight.high >>> 0, true).toBigInt();
                else if (typeof m.ledgerHeight === "number")
                    d.ledgerHeight = o.longs === $String ? $String(m.ledgerHeight) : m.ledgerHeight;
                else
                    d.ledgerHeight = o.longs === $String ? $util.Long.prototype.toString.call(m.ledgerHeight) : o.longs === $Number ? new $util.LongBits(m.ledgerHeight.low >>> 0, m.ledgerHeight.high >>> 0).toNumber(true) : m.ledgerHeight;
            }
            if (m.leftChannel != null && $Object.hasOwnProperty.call(m, "leftChannel")) {
                d.leftChannel = m.leftChannel;
            }
            if (m.chaincodes && m.chaincodes.length) {
                d.chaincodes = $Array(m.chaincodes.length);
                for (var j = 0; j < m.chaincodes.length; ++j) {
                    d.chaincodes[j] = $root.gossip.Chaincode.toObject(m.chaincodes[j], o, q + 1);
                }
            }
            if (m.headHash != null && $Object.hasOwnProperty.call(m, "headHash")) {
                d.headHash = o.bytes === $String ? $util.base64.encode(m.headHash, 0, m.headHash.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.headHash) : m.headHash;
            }
            return d;
        };

        /**
         * Converts this Properties to JSON.
         * @function toJSON
         * @memberof gossip.Properties
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        Properties.prototype.toJSON = function() {
            return Properties.toObject(this, $protobuf.util.toJSONOptions);
        };

        return Properties;
    })();

    gossip.Chaincode = (function() {

        /**
         * Properties of a Chaincode.
         * @typedef {Object} gossip.Chaincode.$Properties
         * @property {string|null} [name] Chaincode name
         * @property {string|null} [version] Chaincode version
         * @property {Uint8Array|null} [metadata] Chaincode metadata
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a Chaincode.
         * @memberof gossip
         * @interface IChaincode
         * @augments gossip.Chaincode.$Properties
         * @deprecated Use gossip.Chaincode.$Properties instead.
         */

        /**
         * Shape of a Chaincode.
         * @typedef {gossip.Chaincode.$Properties} gossip.Chaincode.$Shape
         */

        /**
         * Constructs a new Chaincode.
         * @memberof gossip
         * @classdesc Represents a Chaincode.
         * @constructor
         * @param {gossip.Chaincode.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const Chaincode = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * Chaincode name.
         * @member {string} name
         * @memberof gossip.Chaincode
         * @instance
         */
        Chaincode.prototype.name = "";

        /**
         * Chaincode version.
         * @member {string} version
         * @memberof gossip.Chaincode
         * @instance
         */
        Chaincode.prototype.version = "";

        /**
         * Chaincode metadata.
         * @member {Uint8Array} metadata
         * @memberof gossip.Chaincode
         * @instance
         */
        Chaincode.prototype.metadata = $util.newBuffer([]);

        /**
         * Creates a new Chaincode instance using the specified properties.
         * @function create
         * @memberof gossip.Chaincode
         * @static
         * @param {gossip.Chaincode.$Properties=} [properties] Properties to set
         * @returns {gossip.Chaincode} Chaincode instance
         * @type {{
         *   (properties: gossip.Chaincode.$Shape): gossip.Chaincode & gossip.Chaincode.$Shape;
         *   (properties?: gossip.Chaincode.$Properties): gossip.Chaincode;
         * }}
         */
        Chaincode.create = function(properties) {
            return new Chaincode(properties);
        };

        /**
         * Encodes the specified Chaincode message. Does not implicitly {@link gossip.Chaincode.verify|verify} messages.
         * @function encode
         * @memberof gossip.Chaincode
         * @static
         * @param {gossip.Chaincode.$Properties} m Chaincode message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Chaincode.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.name != null && $Object.hasOwnProperty.call(m, "name") && m.name !== "")
                w.uint32(/* id 1, wireType 2 =*/10).string(m.name);
            if (m.version != null && $Object.hasOwnProperty.call(m, "version") && m.version !== "")
                w.uint32(/* id 2, wireType 2 =*/18).string(m.version);
            if (m.metadata != null && $Object.hasOwnProperty.call(m, "metadata") && m.metadata.length)
                w.uint32(/* id 3, wireType 2 =*/26).bytes(m.metadata);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Decodes a Chaincode message from the specified reader or buffer.
         * @function decode
         * @memberof gossip.Chaincode
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {gossip.Chaincode & gossip.Chaincode.$Shape} Chaincode
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Chaincode.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m, v;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.gossip.Chaincode();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.name = v;
                        else
                            delete m.name;
                        continue;
                    }
                case 2: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.version = v;
                        else
                            delete m.version;
                        continue;
                    }
                case 3: {
                        if (u !== 2)
                            break;
                        if ((v = r.bytes()).length)
                            m.metadata = v;
                        else
                            delete m.metadata;
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        /**
         * Creates a Chaincode message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof gossip.Chaincode
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {gossip.Chaincode} Chaincode
         */
        Chaincode.fromObject = function (d, q) {
            if (d instanceof $root.gossip.Chaincode)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".gossip.Chaincode: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.gossip.Chaincode();
            if (d.name != null) {
                if (typeof d.name !== "string" || d.name.length) {
                    m.name = $String(d.name);
                }
            }
            if (d.version != null) {
                if (typeof d.version !== "string" || d.version.length) {
                    m.version = $String(d.version);
                }
            }
            if (d.metadata != null) {
                if (d.metadata.length) {
                    if (typeof d.metadata === "string")
                        $util.base64.decode(d.metadata, m.metadata = $util.newBuffer($util.base64.length(d.metadata)), 0);
                    else if (d.metadata.length >= 0)
                        m.metadata = d.metadata;
                }
            }
            return m;
        };

        /**
         * Creates a plain object from a Chaincode message. Also converts values to other types if specified.
         * @function toObject
         * @memberof gossip.Chaincode
         * @static
         * @param {gossip.Chaincode} m Chaincode
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        Chaincode.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                d.name = "";
                d.version = "";
                if (o.bytes === $String)
                    d.metadata = "";
                else {
                    d.metadata = [];
                    if (o.bytes !== $Array)
                        d.metadata = $util.newBuffer(d.metadata);
                }
            }
            if (m.name != null && $Object.hasOwnProperty.call(m, "name")) {
                d.name = m.name;
            }
            if (m.version != null && $Object.hasOwnProperty.call(m, "version")) {
                d.version = m.version;
            }
            if (m.metadata != null && $Object.hasOwnProperty.call(m, "metadata")) {
                d.metadata = o.bytes === $String ? $util.base64.encode(m.metadata, 0, m.metadata.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.metadata) : m.metadata;
            }
            return d;
        };

        /**
         * Converts this Chaincode to JSON.
         * @function toJSON
         * @memberof gossip.Chaincode
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        Chaincode.prototype.toJSON = function() {
            return Chaincode.toObject(this, $protobuf.util.toJSONOptions);
        };

        return Chaincode;
    })();

    gossip.StateInfoSnapshot = (function() {

        /**
         * Properties of a StateInfoSnapshot.
         * @typedef {Object} gossip.StateInfoSnapshot.$Properties
         * @property {Array.<gossip.Envelope.$Properties>|null} [elements] StateInfoSnapshot elements
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a StateInfoSnapshot.
         * @memberof gossip
         * @interface IStateInfoSnapshot
         * @augments gossip.StateInfoSnapshot.$Properties
         * @deprecated Use gossip.StateInfoSnapshot.$Properties instead.
         */

        /**
         * Shape of a StateInfoSnapshot.
         * @typedef {gossip.StateInfoSnapshot.$Properties} gossip.StateInfoSnapshot.$Shape
         */

        /**
         * Constructs a new StateInfoSnapshot.
         * @memberof gossip
         * @classdesc Represents a StateInfoSnapshot.
         * @constructor
         * @param {gossip.StateInfoSnapshot.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const StateInfoSnapshot = function (p) {
            this.elements = [];
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * StateInfoSnapshot elements.
         * @member {Array.<gossip.Envelope.$Properties>} elements
         * @memberof gossip.StateInfoSnapshot
         * @instance
         */
        StateInfoSnapshot.prototype.elements = $util.emptyArray;

        /**
         * Creates a new StateInfoSnapshot instance using the specified properties.
         * @function create
         * @memberof gossip.StateInfoSnapshot
         * @static
         * @param {gossip.StateInfoSnapshot.$Properties=} [properties] Properties to set
         * @returns {gossip.StateInfoSnapshot} StateInfoSnapshot instance
         * @type {{
         *   (properties: gossip.StateInfoSnapshot.$Shape): gossip.StateInfoSnapshot & gossip.StateInfoSnapshot.$Shape;
         *   (properties?: gossip.StateInfoSnapshot.$Properties): gossip.StateInfoSnapshot;
         * }}
         */
        StateInfoSnapshot.create = function(properties) {
            return new StateInfoSnapshot(properties);
        };

        /**
         * Encodes the specified StateInfoSnapshot message. Does not implicitly {@link gossip.StateInfoSnapshot.verify|verify} messages.
         * @function encode
         * @memberof gossip.StateInfoSnapshot
         * @static
         * @param {gossip.StateInfoSnapshot.$Properties} m StateInfoSnapshot message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        StateInfoSnapshot.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.elements != null && m.elements.length) {
                for (var i = 0; i < m.elements.length; ++i)
                    $root.gossip.Envelope.encode(m.elements[i], w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
            }
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Decodes a StateInfoSnapshot message from the specified reader or buffer.
         * @function decode
         * @memberof gossip.StateInfoSnapshot
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {gossip.StateInfoSnapshot & gossip.StateInfoSnapshot.$Shape} StateInfoSnapshot
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        StateInfoSnapshot.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.gossip.StateInfoSnapshot();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 2)
                            break;
                        if (!(m.elements && m.elements.length))
                            m.elements = [];
                        m.elements.push($root.gossip.Envelope.decode(r, r.size(), $undefined, q + 1));
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        /**
         * Creates a StateInfoSnapshot message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof gossip.StateInfoSnapshot
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {gossip.StateInfoSnapshot} StateInfoSnapshot
         */
        StateInfoSnapshot.fromObject = function (d, q) {
            if (d instanceof $root.gossip.StateInfoSnapshot)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".gossip.StateInfoSnapshot: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.gossip.StateInfoSnapshot();
            if (d.elements) {
                if (!$Array.isArray(d.elements))
                    throw $TypeError(".gossip.StateInfoSnapshot.elements: array expected");
                m.elements = $Array(d.elements.length);
                for (var i = 0; i < d.elements.length; ++i) {
                    if (!$util.isObject(d.elements[i]))
                        throw $TypeError(".gossip.StateInfoSnapshot.elements: object expected");
                    m.elements[i] = $root.gossip.Envelope.fromObject(d.elements[i], q + 1);
                }
            }
            return m;
        };

        /**
         * Creates a plain object from a StateInfoSnapshot message. Also converts values to other types if specified.
         * @function toObject
         * @memberof gossip.StateInfoSnapshot
         * @static
         * @param {gossip.StateInfoSnapshot} m StateInfoSnapshot
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        StateInfoSnapshot.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.arrays || o.defaults) {
                d.elements = [];
            }
            if (m.elements && m.elements.length) {
                d.elements = $Array(m.elements.length);
                for (var j = 0; j < m.elements.length; ++j) {
                    d.elements[j] = $root.gossip.Envelope.toObject(m.elements[j], o, q + 1);
                }
            }
            return d;
        };

        /**
         * Converts this StateInfoSnapshot to JSON.
         * @function toJSON
         * @memberof gossip.StateInfoSnapshot
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        StateInfoSnapshot.prototype.toJSON = function() {
            return StateInfoSnapshot.toObject(this, $protobuf.util.toJSONOptions);
        };

        return StateInfoSnapshot;
    })();

    gossip.StateInfoPullRequest = (function() {

        /**
         * Properties of a StateInfoPullRequest.
         * @typedef {Object} gossip.StateInfoPullRequest.$Properties
         * @property {Uint8Array|null} [channel_MAC] StateInfoPullRequest channel_MAC
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a StateInfoPullRequest.
         * @memberof gossip
         * @interface IStateInfoPullRequest
         * @augments gossip.StateInfoPullRequest.$Properties
         * @deprecated Use gossip.StateInfoPullRequest.$Properties instead.
         */

        /**
         * Shape of a StateInfoPullRequest.
         * @typedef {gossip.StateInfoPullRequest.$Properties} gossip.StateInfoPullRequest.$Shape
         */

        /**
         * Constructs a new StateInfoPullRequest.
         * @memberof gossip
         * @classdesc Represents a StateInfoPullRequest.
         * @constructor
         * @param {gossip.StateInfoPullRequest.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const StateInfoPullRequest = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * StateInfoPullRequest channel_MAC.
         * @member {Uint8Array} channel_MAC
         * @memberof gossip.StateInfoPullRequest
         * @instance
         */
        StateInfoPullRequest.prototype.channel_MAC = $util.newBuffer([]);

        /**
         * Creates a new StateInfoPullRequest instance using the specified properties.
         * @function create
         * @memberof gossip.StateInfoPullRequest
         * @static
         * @param {gossip.StateInfoPullRequest.$Properties=} [properties] Properties to set
         * @returns {gossip.StateInfoPullRequest} StateInfoPullRequest instance
         * @type {{
         *   (properties: gossip.StateInfoPullRequest.$Shape): gossip.StateInfoPullRequest & gossip.StateInfoPullRequest.$Shape;
         *   (properties?: gossip.StateInfoPullRequest.$Properties): gossip.StateInfoPullRequest;
         * }}
         */
        StateInfoPullRequest.create = function(properties) {
            return new StateInfoPullRequest(properties);
        };

        /**
         * Encodes the specified StateInfoPullRequest message. Does not implicitly {@link gossip.StateInfoPullRequest.verify|verify} messages.
         * @function encode
         * @memberof gossip.StateInfoPullRequest
         * @static
         * @param {gossip.StateInfoPullRequest.$Properties} m StateInfoPullRequest message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        StateInfoPullRequest.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.channel_MAC != null && $Object.hasOwnProperty.call(m, "channel_MAC") && m.channel_MAC.length)
                w.uint32(/* id 1, wireType 2 =*/10).bytes(m.channel_MAC);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Decodes a StateInfoPullRequest message from the specified reader or buffer.
         * @function decode
         * @memberof gossip.StateInfoPullRequest
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {gossip.StateInfoPullRequest & gossip.StateInfoPullRequest.$Shape} StateInfoPullRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        StateInfoPullRequest.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m, v;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.gossip.StateInfoPullRequest();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 2)
                            break;
                        if ((v = r.bytes()).length)
                            m.channel_MAC = v;
                        else
                            delete m.channel_MAC;
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        /**
         * Creates a StateInfoPullRequest message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof gossip.StateInfoPullRequest
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {gossip.StateInfoPullRequest} StateInfoPullRequest
         */
        StateInfoPullRequest.fromObject = function (d, q) {
            if (d instanceof $root.gossip.StateInfoPullRequest)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".gossip.StateInfoPullRequest: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.gossip.StateInfoPullRequest();
            if (d.channel_MAC != null) {
                if (d.channel_MAC.length) {
                    if (typeof d.channel_MAC === "string")
                        $util.base64.decode(d.channel_MAC, m.channel_MAC = $util.newBuffer($util.base64.length(d.channel_MAC)), 0);
                    else if (d.channel_MAC.length >= 0)
                        m.channel_MAC = d.channel_MAC;
                }
            }
            return m;
        };

        /**
         * Creates a plain object from a StateInfoPullRequest message. Also converts values to other types if specified.
         * @function toObject
         * @memberof gossip.StateInfoPullRequest
         * @static
         * @param {gossip.StateInfoPullRequest} m StateInfoPullRequest
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        StateInfoPullRequest.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                if (o.bytes === $String)
                    d.channel_MAC = "";
                else {
                    d.channel_MAC = [];
                    if (o.bytes !== $Array)
                        d.channel_MAC = $util.newBuffer(d.channel_MAC);
                }
            }
            if (m.channel_MAC != null && $Object.hasOwnProperty.call(m, "channel_MAC")) {
                d.channel_MAC = o.bytes === $String ? $util.base64.encode(m.channel_MAC, 0, m.channel_MAC.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.channel_MAC) : m.channel_MAC;
            }
            return d;
        };

        /**
         * Converts this StateInfoPullRequest to JSON.
         * @function toJSON
         * @memberof gossip.StateInfoPullRequest
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        StateInfoPullRequest.prototype.toJSON = function() {
            return StateInfoPullRequest.toObject(this, $protobuf.util.toJSONOptions);
        };

        return StateInfoPullRequest;
    })();

    gossip.ConnEstablish = (function() {

        /**
         * Properties of a ConnEstablish.
         * @typedef {Object} gossip.ConnEstablish.$Properties
         * @property {Uint8Array|null} [pkiId] ConnEstablish pkiId
         * @property {Uint8Array|null} [identity] ConnEstablish identity
         * @property {Uint8Array|null} [tlsCertHash] ConnEstablish tlsCertHash
         * @property {boolean|null} [probe] ConnEstablish probe
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a ConnEstablish.
         * @memberof gossip
         * @interface IConnEstablish
         * @augments gossip.ConnEstablish.$Properties
         * @deprecated Use gossip.ConnEstablish.$Properties instead.
         */

        /**
         * Shape of a ConnEstablish.
         * @typedef {gossip.ConnEstablish.$Properties} gossip.ConnEstablish.$Shape
         */

        /**
         * Constructs a new ConnEstablish.
         * @memberof gossip
         * @classdesc Represents a ConnEstablish.
         * @constructor
         * @param {gossip.ConnEstablish.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const ConnEstablish = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * ConnEstablish pkiId.
         * @member {Uint8Array} pkiId
         * @memberof gossip.ConnEstablish
         * @instance
         */
        ConnEstablish.prototype.pkiId = $util.newBuffer([]);

        /**
         * ConnEstablish identity.
         * @member {Uint8Array} identity
         * @memberof gossip.ConnEstablish
         * @instance
         */
        ConnEstablish.prototype.identity = $util.newBuffer([]);

        /**
         * ConnEstablish tlsCertHash.
         * @member {Uint8Array} tlsCertHash
         * @memberof gossip.ConnEstablish
         * @instance
         */
        ConnEstablish.prototype.tlsCertHash = $util.newBuffer([]);

        /**
         * ConnEstablish probe.
         * @member {boolean} probe
         * @memberof gossip.ConnEstablish
         * @instance
         */
        ConnEstablish.prototype.probe = false;

        /**
         * Creates a new ConnEstablish instance using the specified properties.
         * @function create
         * @memberof gossip.ConnEstablish
         * @static
         * @param {gossip.ConnEstablish.$Properties=} [properties] Properties to set
         * @returns {gossip.ConnEstablish} ConnEstablish instance
         * @type {{
         *   (properties: gossip.ConnEstablish.$Shape): gossip.ConnEstablish & gossip.ConnEstablish.$Shape;
         *   (properties?: gossip.ConnEstablish.$Properties): gossip.ConnEstablish;
         * }}
         */
        ConnEstablish.create = function(properties) {
            return new ConnEstablish(properties);
        };

        /**
         * Encodes the specified ConnEstablish message. Does not implicitly {@link gossip.ConnEstablish.verify|verify} messages.
         * @function encode
         * @memberof gossip.ConnEstablish
         * @static
         * @param {gossip.ConnEstablish.$Properties} m ConnEstablish message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ConnEstablish.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.pkiId != null && $Object.hasOwnProperty.call(m, "pkiId") && m.pkiId.length)
                w.uint32(/* id 1, wireType 2 =*/10).bytes(m.pkiId);
            if (m.identity != null && $Object.hasOwnProperty.call(m, "identity") && m.identity.length)
                w.uint32(/* id 2, wireType 2 =*/18).bytes(m.identity);
            if (m.tlsCertHash != null && $Object.hasOwnProperty.call(m, "tlsCertHash") && m.tlsCertHash.length)
                w.uint32(/* id 3, wireType 2 =*/26).bytes(m.tlsCertHash);
            if (m.probe != null && $Object.hasOwnProperty.call(m, "probe") && m.probe !== false)
                w.uint32(/* id 4, wireType 0 =*/32).bool(m.probe);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Decodes a ConnEstablish message from the specified reader or buffer.
         * @function decode
         * @memberof gossip.ConnEstablish
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {gossip.ConnEstablish & gossip.ConnEstablish.$Shape} ConnEstablish
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ConnEstablish.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m, v;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.gossip.ConnEstablish();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 2)
                            break;
                        if ((v = r.bytes()).length)
                            m.pkiId = v;
                        else
                            delete m.pkiId;
                        continue;
                    }
                case 2: {
                        if (u !== 2)
                            break;
                        if ((v = r.bytes()).length)
                            m.identity = v;
                        else
                            delete m.identity;
                        continue;
                    }
                case 3: {
                        if (u !== 2)
                            break;
                        if ((v = r.bytes()).length)
                            m.tlsCertHash = v;
                        else
                            delete m.tlsCertHash;
                        continue;
                    }
                case 4: {
                        if (u !== 0)
                            break;
                        if (v = r.bool())
                            m.probe = v;
                        else
                            delete m.probe;
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        /**
         * Creates a ConnEstablish message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof gossip.ConnEstablish
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {gossip.ConnEstablish} ConnEstablish
         */
        ConnEstablish.fromObject = function (d, q) {
            if (d instanceof $root.gossip.ConnEstablish)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".gossip.ConnEstablish: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.gossip.ConnEstablish();
            if (d.pkiId != null) {
                if (d.pkiId.length) {
                    if (typeof d.pkiId === "string")
                        $util.base64.decode(d.pkiId, m.pkiId = $util.newBuffer($util.base64.length(d.pkiId)), 0);
                    else if (d.pkiId.length >= 0)
                        m.pkiId = d.pkiId;
                }
            }
            if (d.identity != null) {
                if (d.identity.length) {
                    if (typeof d.identity === "string")
                        $util.base64.decode(d.identity, m.identity = $util.newBuffer($util.base64.length(d.identity)), 0);
                    else if (d.identity.length >= 0)
                        m.identity = d.identity;
                }
            }
            if (d.tlsCertHash != null) {
                if (d.tlsCertHash.length) {
                    if (typeof d.tlsCertHash === "string")
                        $util.base64.decode(d.tlsCertHash, m.tlsCertHash = $util.newBuffer($util.base64.length(d.tlsCertHash)), 0);
                    else if (d.tlsCertHash.length >= 0)
                        m.tlsCertHash = d.tlsCertHash;
                }
            }
            if (d.probe != null) {
                if (d.probe) {
                    m.probe = $Boolean(d.probe);
                }
            }
            return m;
        };

        /**
         * Creates a plain object from a ConnEstablish message. Also converts values to other types if specified.
         * @function toObject
         * @memberof gossip.ConnEstablish
         * @static
         * @param {gossip.ConnEstablish} m ConnEstablish
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        ConnEstablish.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                if (o.bytes === $String)
                    d.pkiId = "";
                else {
                    d.pkiId = [];
                    if (o.bytes !== $Array)
                        d.pkiId = $util.newBuffer(d.pkiId);
                }
                if (o.bytes === $String)
                    d.identity = "";
                else {
                    d.identity = [];
                    if (o.bytes !== $Array)
                        d.identity = $util.newBuffer(d.identity);
                }
                if (o.bytes === $String)
                    d.tlsCertHash = "";
                else {
                    d.tlsCertHash = [];
                    if (o.bytes !== $Array)
                        d.tlsCertHash = $util.newBuffer(d.tlsCertHash);
                }
                d.probe = false;
            }
            if (m.pkiId != null && $Object.hasOwnProperty.call(m, "pkiId")) {
                d.pkiId = o.bytes === $String ? $util.base64.encode(m.pkiId, 0, m.pkiId.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.pkiId) : m.pkiId;
            }
            if (m.identity != null && $Object.hasOwnProperty.call(m, "identity")) {
                d.identity = o.bytes === $String ? $util.base64.encode(m.identity, 0, m.identity.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.identity) : m.identity;
            }
            if (m.tlsCertHash != null && $Object.hasOwnProperty.call(m, "tlsCertHash")) {
                d.tlsCertHash = o.bytes === $String ? $util.base64.encode(m.tlsCertHash, 0, m.tlsCertHash.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.tlsCertHash) : m.tlsCertHash;
            }
            if (m.probe != null && $Object.hasOwnProperty.call(m, "probe")) {
                d.probe = m.probe;
            }
            return d;
        };

        /**
         * Converts this ConnEstablish to JSON.
         * @function toJSON
         * @memberof gossip.ConnEstablish
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        ConnEstablish.prototype.toJSON = function() {
            return ConnEstablish.toObject(this, $protobuf.util.toJSONOptions);
        };

        return ConnEstablish;
    })();

    gossip.PeerIdentity = (function() {

        /**
         * Properties of a PeerIdentity.
         * @typedef {Object} gossip.PeerIdentity.$Properties
         * @property {Uint8Array|null} [pkiId] PeerIdentity pkiId
         * @property {Uint8Array|null} [cert] PeerIdentity cert
         * @property {Uint8Array|null} [metadata] PeerIdentity metadata
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a PeerIdentity.
         * @memberof gossip
         * @interface IPeerIdentity
         * @augments gossip.PeerIdentity.$Properties
         * @deprecated Use gossip.PeerIdentity.$Properties instead.
         */

        /**
         * Shape of a PeerIdentity.
         * @typedef {gossip.PeerIdentity.$Properties} gossip.PeerIdentity.$Shape
         */

        /**
         * Constructs a new PeerIdentity.
         * @memberof gossip
         * @classdesc Represents a PeerIdentity.
         * @constructor
         * @param {gossip.PeerIdentity.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const PeerIdentity = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * PeerIdentity pkiId.
         * @member {Uint8Array} pkiId
         * @memberof gossip.PeerIdentity
         * @instance
         */
        PeerIdentity.prototype.pkiId = $util.newBuffer([]);

        /**
         * PeerIdentity cert.
         * @member {Uint8Array} cert
         * @memberof gossip.PeerIdentity
         * @instance
         */
        PeerIdentity.prototype.cert = $util.newBuffer([]);

        /**
         * PeerIdentity metadata.
         * @member {Uint8Array} metadata
         * @memberof gossip.PeerIdentity
         * @instance
         */
        PeerIdentity.prototype.metadata = $util.newBuffer([]);

        /**
         * Creates a new PeerIdentity instance using the specified properties.
         * @function create
         * @memberof gossip.PeerIdentity
         * @static
         * @param {gossip.PeerIdentity.$Properties=} [properties] Properties to set
         * @returns {gossip.PeerIdentity} PeerIdentity instance
         * @type {{
         *   (properties: gossip.PeerIdentity.$Shape): gossip.PeerIdentity & gossip.PeerIdentity.$Shape;
         *   (properties?: gossip.PeerIdentity.$Properties): gossip.PeerIdentity;
         * }}
         */
        PeerIdentity.create = function(properties) {
            return new PeerIdentity(properties);
        };

        /**
         * Encodes the specified PeerIdentity message. Does not implicitly {@link gossip.PeerIdentity.verify|verify} messages.
         * @function encode
         * @memberof gossip.PeerIdentity
         * @static
         * @param {gossip.PeerIdentity.$Properties} m PeerIdentity message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        PeerIdentity.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.pkiId != null && $Object.hasOwnProperty.call(m, "pkiId") && m.pkiId.length)
                w.uint32(/* id 1, wireType 2 =*/10).bytes(m.pkiId);
            if (m.cert != null && $Object.hasOwnProperty.call(m, "cert") && m.cert.length)
                w.uint32(/* id 2, wireType 2 =*/18).bytes(m.cert);
            if (m.metadata != null && $Object.hasOwnProperty.call(m, "metadata") && m.metadata.length)
                w.uint32(/* id 3, wireType 2 =*/26).bytes(m.metadata);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Decodes a PeerIdentity message from the specified reader or buffer.
         * @function decode
         * @memberof gossip.PeerIdentity
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {gossip.PeerIdentity & gossip.PeerIdentity.$Shape} PeerIdentity
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        PeerIdentity.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m, v;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.gossip.PeerIdentity();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 2)
                            break;
                        if ((v = r.bytes()).length)
                            m.pkiId = v;
                        else
                            delete m.pkiId;
                        continue;
                    }
                case 2: {
                        if (u !== 2)
                            break;
                        if ((v = r.bytes()).length)
                            m.cert = v;
                        else
                            delete m.cert;
                        continue;
                    }
                case 3: {
                        if (u !== 2)
                            break;
                        if ((v = r.bytes()).length)
                            m.metadata = v;
                        else
                            delete m.metadata;
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        /**
         * Creates a PeerIdentity message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof gossip.PeerIdentity
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {gossip.PeerIdentity} PeerIdentity
         */
        PeerIdentity.fromObject = function (d, q) {
            if (d instanceof $root.gossip.PeerIdentity)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".gossip.PeerIdentity: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.gossip.PeerIdentity();
            if (d.pkiId != null) {
                if (d.pkiId.length) {
                    if (typeof d.pkiId === "string")
                        $util.base64.decode(d.pkiId, m.pkiId = $util.newBuffer($util.base64.length(d.pkiId)), 0);
                    else if (d.pkiId.length >= 0)
                        m.pkiId = d.pkiId;
                }
            }
            if (d.cert != null) {
                if (d.cert.length) {
                    if (typeof d.cert === "string")
                        $util.base64.decode(d.cert, m.cert = $util.newBuffer($util.base64.length(d.cert)), 0);
                    else if (d.cert.length >= 0)
                        m.cert = d.cert;
                }
            }
            if (d.metadata != null) {
                if (d.metadata.length) {
                    if (typeof d.metadata === "string")
                        $util.base64.decode(d.metadata, m.metadata = $util.newBuffer($util.base64.length(d.metadata)), 0);
                    else if (d.metadata.length >= 0)
                        m.metadata = d.metadata;
                }
            }
            return m;
        };

        /**
         * Creates a plain object from a PeerIdentity message. Also converts values to other types if specified.
         * @function toObject
         * @memberof gossip.PeerIdentity
         * @static
         * @param {gossip.PeerIdentity} m PeerIdentity
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        PeerIdentity.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                if (o.bytes === $String)
                    d.pkiId = "";
                else {
                    d.pkiId = [];
                    if (o.bytes !== $Array)
                        d.pkiId = $util.newBuffer(d.pkiId);
                }
                if (o.bytes === $String)
                    d.cert = "";
                else {
                    d.cert = [];
                    if (o.bytes !== $Array)
                        d.cert = $util.newBuffer(d.cert);
                }
                if (o.bytes === $String)
                    d.metadata = "";
                else {
                    d.metadata = [];
                    if (o.bytes !== $Array)
                        d.metadata = $util.newBuffer(d.metadata);
                }
            }
            if (m.pkiId != null && $Object.hasOwnProperty.call(m, "pkiId")) {
                d.pkiId = o.bytes === $String ? $util.base64.encode(m.pkiId, 0, m.pkiId.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.pkiId) : m.pkiId;
            }
            if (m.cert != null && $Object.hasOwnProperty.call(m, "cert")) {
                d.cert = o.bytes === $String ? $util.base64.encode(m.cert, 0, m.cert.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.cert) : m.cert;
            }
            if (m.metadata != null && $Object.hasOwnProperty.call(m, "metadata")) {
                d.metadata = o.bytes === $String ? $util.base64.encode(m.metadata, 0, m.metadata.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.metadata) : m.metadata;
            }
            return d;
        };

        /**
         * Converts this PeerIdentity to JSON.
         * @function toJSON
         * @memberof gossip.PeerIdentity
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        PeerIdentity.prototype.toJSON = function() {
            return PeerIdentity.toObject(this, $protobuf.util.toJSONOptions);
        };

        return PeerIdentity;
    })();

    /**
     * PullMsgType enum.
     * @name gossip.PullMsgType
     * @enum {number}
     * @property {number} UNDEFINED=0 UNDEFINED value
     * @property {number} BLOCK_MSG=1 BLOCK_MSG value
     * @property {number} IDENTITY_MSG=2 IDENTITY_MSG value
     */
    gossip.PullMsgType = (function() {
        const valuesById = $Object.create(null), values = $Object.create(valuesById);
        values[valuesById[0] = "UNDEFINED"] = 0;
        values[valuesById[1] = "BLOCK_MSG"] = 1;
        values[valuesById[2] = "IDENTITY_MSG"] = 2;
        return values;
    })();

    gossip.DataRequest = (function() {

        /**
         * Properties of a DataRequest.
         * @typedef {Object} gossip.DataRequest.$Properties
         * @property {number|Long|null} [nonce] DataRequest nonce
         * @property {Array.<Uint8Array>|null} [digests] DataRequest digests
         * @property {gossip.PullMsgType|null} [msgType] DataRequest msgType
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a DataRequest.
         * @memberof gossip
         * @interface IDataRequest
         * @augments gossip.DataRequest.$Properties
         * @deprecated Use gossip.DataRequest.$Properties instead.
         */

        /**
         * Shape of a DataRequest.
         * @typedef {gossip.DataRequest.$Properties} gossip.DataRequest.$Shape
         */

        /**
         * Constructs a new DataRequest.
         * @memberof gossip
         * @classdesc Represents a DataRequest.
         * @constructor
         * @param {gossip.DataRequest.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const DataRequest = function (p) {
            this.digests = [];
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * DataRequest nonce.
         * @member {number|Long} nonce
         * @memberof gossip.DataRequest
         * @instance
         */
        DataRequest.prototype.nonce = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * DataRequest digests.
         * @member {Array.<Uint8Array>} digests
         * @memberof gossip.DataRequest
         * @instance
         */
        DataRequest.prototype.digests = $util.emptyArray;

        /**
         * DataRequest msgType.
         * @member {gossip.PullMsgType} msgType
         * @memberof gossip.DataRequest
         * @instance
         */
        DataRequest.prototype.msgType = 0;

        /**
         * Creates a new DataRequest instance using the specified properties.
         * @function create
         * @memberof gossip.DataRequest
         * @static
         * @param {gossip.DataRequest.$Properties=} [properties] Properties to set
         * @returns {gossip.DataRequest} DataRequest instance
         * @type {{
         *   (properties: gossip.DataRequest.$Shape): gossip.DataRequest & gossip.DataRequest.$Shape;
         *   (properties?: gossip.DataRequest.$Properties): gossip.DataRequest;
         * }}
         */
        DataRequest.create = function(properties) {
            return new DataRequest(properties);
        };

        /**
         * Encodes the specified DataRequest message. Does not implicitly {@link gossip.DataRequest.verify|verify} messages.
         * @function encode
         * @memberof gossip.DataRequest
         * @static
         * @param {gossip.DataRequest.$Properties} m DataRequest message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        DataRequest.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.nonce != null && $Object.hasOwnProperty.call(m, "nonce") && (typeof m.nonce === "object" ? m.nonce.low || m.nonce.high : m.nonce !== 0))
                w.uint32(/* id 1, wireType 0 =*/8).uint64(m.nonce);
            if (m.digests != null && m.digests.length) {
                for (var i = 0; i < m.digests.length; ++i)
                    w.uint32(/* id 2, wireType 2 =*/18).bytes(m.digests[i]);
            }
            if (m.msgType != null && $Object.hasOwnProperty.call(m, "msgType") && m.msgType !== 0)
                w.uint32(/* id 3, wireType 0 =*/24).int32(m.msgType);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Decodes a DataRequest message from the specified reader or buffer.
         * @function decode
         * @memberof gossip.DataRequest
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {gossip.DataRequest & gossip.DataRequest.$Shape} DataRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        DataRequest.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m, v;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.gossip.DataRequest();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 0)
                            break;
                        if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                            m.nonce = v;
                        else
                            delete m.nonce;
                        continue;
                    }
                case 2: {
                        if (u !== 2)
                            break;
                        if (!(m.digests && m.digests.length))
                            m.digests = [];
                        m.digests.push(r.bytes());
                        continue;
                    }
                case 3: {
                        if (u !== 0)
                            break;
                        if (v = r.int32())
                            m.msgType = v;
                        else
                            delete m.msgType;
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        /**
         * Creates a DataRequest message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof gossip.DataRequest
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {gossip.DataRequest} DataRequest
         */
        DataRequest.fromObject = function (d, q) {
            if (d instanceof $root.gossip.DataRequest)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".gossip.DataRequest: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.gossip.DataRequest();
            if (d.nonce != null) {
                if (typeof d.nonce === "object" ? d.nonce.low || d.nonce.high : $Number(d.nonce) !== 0) {
                    if ($util.Long)
                        m.nonce = $util.Long.fromValue(d.nonce, true);
                    else if (typeof d.nonce === "string")
                        m.nonce = $parseInt(d.nonce, 10);
                    else if (typeof d.nonce === "number")
                        m.nonce = d.nonce;
                    else if (typeof d.nonce === "object")
                        m.nonce = new $util.LongBits(d.nonce.low >>> 0, d.nonce.high >>> 0).toNumber(true);
                }
            }
            if (d.digests) {
                if (!$Array.isArray(d.digests))
                    throw $TypeError(".gossip.DataRequest.digests: array expected");
                m.digests = $Array(d.digests.length);
                for (var i = 0; i < d.digests.length; ++i) {
                    if (typeof d.digests[i] === "string")
                        $util.base64.decode(d.digests[i], m.digests[i] = $util.newBuffer($util.base64.length(d.digests[i])), 0);
                    else if (d.digests[i].length >= 0)
                        m.digests[i] = d.digests[i];
                }
            }
            if (d.msgType !== 0 && (typeof d.msgType !== "string" || $root.gossip.PullMsgType[d.msgType] !== 0)) {
                switch (d.msgType) {
                case "UNDEFINED":
                case 0:
                    m.msgType = 0;
                    break;
                case "BLOCK_MSG":
                case 1:
                    m.msgType = 1;
                    break;
                case "IDENTITY_MSG":
                case 2:
                    m.msgType = 2;
                    break;
                default:
                    if (typeof d.msgType === "number" && (d.msgType | 0) === d.msgType)
                        m.msgType = d.msgType;
                }
            }
            return m;
        };

        /**
         * Creates a plain object from a DataRequest message. Also converts values to other types if specified.
         * @function toObject
         * @memberof gossip.DataRequest
         * @static
         * @param {gossip.DataRequest} m DataRequest
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        DataRequest.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.arrays || o.defaults) {
                d.digests = [];
            }
            if (o.defaults) {
                if ($util.Long) {
                    var n = new $util.Long(0, 0, true);
                    d.nonce = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                } else
                    d.nonce = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                d.msgType = o.enums === $String ? "UNDEFINED" : 0;
            }
            if (m.nonce != null && $Object.hasOwnProperty.call(m, "nonce")) {
                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                    d.nonce = typeof m.nonce === "number" ? $BigInt(m.nonce) : $util.Long.fromBits(m.nonce.low >>> 0, m.nonce.high >>> 0, true).toBigInt();
                else if (typeof m.nonce === "number")
                    d.nonce = o.longs === $String ? $String(m.nonce) : m.nonce;
                else
                    d.nonce = o.longs === $String ? $util.Long.prototype.toString.call(m.nonce) : o.longs === $Number ? new $util.LongBits(m.nonce.low >>> 0, m.nonce.high >>> 0).toNumber(true) : m.nonce;
            }
            if (m.digests && m.digests.length) {
                d.digests = $Array(m.digests.length);
                for (var j = 0; j < m.digests.length; ++j) {
                    d.digests[j] = o.bytes === $String ? $util.base64.encode(m.digests[j], 0, m.digests[j].length) : o.bytes === $Array ? $Array.prototype.slice.call(m.digests[j]) : m.digests[j];
                }
            }
            if (m.msgType != null && $Object.hasOwnProperty.call(m, "msgType")) {
                d.msgType = o.enums === $String ? $root.gossip.PullMsgType[m.msgType] === $undefined ? m.msgType : $root.gossip.PullMsgType[m.msgType] : m.msgType;
            }
            return d;
        };

        /**
         * Converts this DataRequest to JSON.
         * @function toJSON
         * @memberof gossip.DataRequest
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        DataRequest.prototype.toJSON = function() {
            return DataRequest.toObject(this, $protobuf.util.toJSONOptions);
        };

        return DataRequest;
    })();

    gossip.GossipHello = (function() {

        /**
         * Properties of a GossipHello.
         * @typedef {Object} gossip.GossipHello.$Properties
         * @property {number|Long|null} [nonce] GossipHello nonce
         * @property {Uint8Array|null} [metadata] GossipHello metadata
         * @property {gossip.PullMsgType|null} [msgType] GossipHello msgType
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a GossipHello.
         * @memberof gossip
         * @interface IGossipHello
         * @augments gossip.GossipHello.$Properties
         * @deprecated Use gossip.GossipHello.$Properties instead.
         */

        /**
         * Shape of a GossipHello.
         * @typedef {gossip.GossipHello.$Properties} gossip.GossipHello.$Shape
         */

        /**
         * Constructs a new GossipHello.
         * @memberof gossip
         * @classdesc Represents a GossipHello.
         * @constructor
         * @param {gossip.GossipHello.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const GossipHello = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * GossipHello nonce.
         * @member {number|Long} nonce
         * @memberof gossip.GossipHello
         * @instance
         */
        GossipHello.prototype.nonce = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * GossipHello metadata.
         * @member {Uint8Array} metadata
         * @memberof gossip.GossipHello
         * @instance
         */
        GossipHello.prototype.metadata = $util.newBuffer([]);

        /**
         * GossipHello msgType.
         * @member {gossip.PullMsgType} msgType
         * @memberof gossip.GossipHello
         * @instance
         */
        GossipHello.prototype.msgType = 0;

        /**
         * Creates a new GossipHello instance using the specified properties.
         * @function create
         * @memberof gossip.GossipHello
         * @static
         * @param {gossip.GossipHello.$Properties=} [properties] Properties to set
         * @returns {gossip.GossipHello} GossipHello instance
         * @type {{
         *   (properties: gossip.GossipHello.$Shape): gossip.GossipHello & gossip.GossipHello.$Shape;
         *   (properties?: gossip.GossipHello.$Properties): gossip.GossipHello;
         * }}
         */
        GossipHello.create = function(properties) {
            return new GossipHello(properties);
        };

        /**
         * Encodes the specified GossipHello message. Does not implicitly {@link gossip.GossipHello.verify|verify} messages.
         * @function encode
         * @memberof gossip.GossipHello
         * @static
         * @param {gossip.GossipHello.$Properties} m GossipHello message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        GossipHello.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.nonce != null && $Object.hasOwnProperty.call(m, "nonce") && (typeof m.nonce === "object" ? m.nonce.low || m.nonce.high : m.nonce !== 0))
                w.uint32(/* id 1, wireType 0 =*/8).uint64(m.nonce);
            if (m.metadata != null && $Object.hasOwnProperty.call(m, "metadata") && m.metadata.length)
                w.uint32(/* id 2, wireType 2 =*/18).bytes(m.metadata);
            if (m.msgType != null && $Object.hasOwnProperty.call(m, "msgType") && m.msgType !== 0)
                w.uint32(/* id 3, wireType 0 =*/24).int32(m.msgType);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Decodes a GossipHello message from the specified reader or buffer.
         * @function decode
         * @memberof gossip.GossipHello
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {gossip.GossipHello & gossip.GossipHello.$Shape} GossipHello
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        GossipHello.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m, v;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.gossip.GossipHello();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 0)
                            break;
                        if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                            m.nonce = v;
                        else
                            delete m.nonce;
                        continue;
                    }
                case 2: {
                        if (u !== 2)
                            break;
                        if ((v = r.bytes()).length)
                            m.metadata = v;
                        else
                            delete m.metadata;
                        continue;
                    }
                case 3: {
                        if (u !== 0)
                            break;
                        if (v = r.int32())
                            m.msgType = v;
                        else
                            delete m.msgType;
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        /**
         * Creates a GossipHello message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof gossip.GossipHello
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {gossip.GossipHello} GossipHello
         */
        GossipHello.fromObject = function (d, q) {
            if (d instanceof $root.gossip.GossipHello)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".gossip.GossipHello: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.gossip.GossipHello();
            if (d.nonce != null) {
                if (typeof d.nonce === "object" ? d.nonce.low || d.nonce.high : $Number(d.nonce) !== 0) {
                    if ($util.Long)
                        m.nonce = $util.Long.fromValue(d.nonce, true);
                    else if (typeof d.nonce === "string")
                        m.nonce = $parseInt(d.nonce, 10);
                    else if (typeof d.nonce === "number")
                        m.nonce = d.nonce;
                    else if (typeof d.nonce === "object")
                        m.nonce = new $util.LongBits(d.nonce.low >>> 0, d.nonce.high >>> 0).toNumber(true);
                }
            }
            if (d.metadata != null) {
                if (d.metadata.length) {
                    if (typeof d.metadata === "string")
                        $util.base64.decode(d.metadata, m.metadata = $util.newBuffer($util.base64.length(d.metadata)), 0);
                    else if (d.metadata.length >= 0)
                        m.metadata = d.metadata;
                }
            }
            if (d.msgType !== 0 && (typeof d.msgType !== "string" || $root.gossip.PullMsgType[d.msgType] !== 0)) {
                switch (d.msgType) {
                case "UNDEFINED":
                case 0:
                    m.msgType = 0;
                    break;
                case "BLOCK_MSG":
                case 1:
                    m.msgType = 1;
                    break;
                case "IDENTITY_MSG":
                case 2:
                    m.msgType = 2;
                    break;
                default:
                    if (typeof d.msgType === "number" && (d.msgType | 0) === d.msgType)
                        m.msgType = d.msgType;
                }
            }
            return m;
        };

        /**
         * Creates a plain object from a GossipHello message. Also converts values to other types if specified.
         * @function toObject
         * @memberof gossip.GossipHello
         * @static
         * @param {gossip.GossipHello} m GossipHello
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        GossipHello.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                if ($util.Long) {
                    var n = new $util.Long(0, 0, true);
                    d.nonce = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                } else
                    d.nonce = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                if (o.bytes === $String)
                    d.metadata = "";
                else {
                    d.metadata = [];
                    if (o.bytes !== $Array)
                        d.metadata = $util.newBuffer(d.metadata);
                }
                d.msgType = o.enums === $String ? "UNDEFINED" : 0;
            }
            if (m.nonce != null && $Object.hasOwnProperty.call(m, "nonce")) {
                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                    d.nonce = typeof m.nonce === "number" ? $BigInt(m.nonce) : $util.Long.fromBits(m.nonce.low >>> 0, m.nonce.high >>> 0, true).toBigInt();
                else if (typeof m.nonce === "number")
                    d.nonce = o.longs === $String ? $String(m.nonce) : m.nonce;
                else
                    d.nonce = o.longs === $String ? $util.Long.prototype.toString.call(m.nonce) : o.longs === $Number ? new $util.LongBits(m.nonce.low >>> 0, m.nonce.high >>> 0).toNumber(true) : m.nonce;
            }
            if (m.metadata != null && $Object.hasOwnProperty.call(m, "metadata")) {
                d.metadata = o.bytes === $String ? $util.base64.encode(m.metadata, 0, m.metadata.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.metadata) : m.metadata;
            }
            if (m.msgType != null && $Object.hasOwnProperty.call(m, "msgType")) {
                d.msgType = o.enums === $String ? $root.gossip.PullMsgType[m.msgType] === $undefined ? m.msgType : $root.gossip.PullMsgType[m.msgType] : m.msgType;
            }
            return d;
        };

        /**
         * Converts this GossipHello to JSON.
         * @function toJSON
         * @memberof gossip.GossipHello
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        GossipHello.prototype.toJSON = function() {
            return GossipHello.toObject(this, $protobuf.util.toJSONOptions);
        };

        return GossipHello;
    })();

    gossip.DataUpdate = (function() {

        /**
         * Properties of a DataUpdate.
         * @typedef {Object} gossip.DataUpdate.$Properties
         * @property {number|Long|null} [nonce] DataUpdate nonce
         * @property {Array.<gossip.Envelope.$Properties>|null} [data] DataUpdate data
         * @property {gossip.PullMsgType|null} [msgType] DataUpdate msgType
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a DataUpdate.
         * @memberof gossip
         * @interface IDataUpdate
         * @augments gossip.DataUpdate.$Properties
         * @deprecated Use gossip.DataUpdate.$Properties instead.
         */

        /**
         * Shape of a DataUpdate.
         * @typedef {gossip.DataUpdate.$Properties} gossip.DataUpdate.$Shape
         */

        /**
         * Constructs a new DataUpdate.
         * @memberof gossip
         * @classdesc Represents a DataUpdate.
         * @constructor
         * @param {gossip.DataUpdate.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const DataUpdate = function (p) {
            this.data = [];
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * DataUpdate nonce.
         * @member {number|Long} nonce
         * @memberof gossip.DataUpdate
         * @instance
         */
        DataUpdate.prototype.nonce = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * DataUpdate data.
         * @member {Array.<gossip.Envelope.$Properties>} data
         * @memberof gossip.DataUpdate
         * @instance
         */
        DataUpdate.prototype.data = $util.emptyArray;

        /**
         * DataUpdate msgType.
         * @member {gossip.PullMsgType} msgType
         * @memberof gossip.DataUpdate
         * @instance
         */
        DataUpdate.prototype.msgType = 0;

        /**
         * Creates a new DataUpdate instance using the specified properties.
         * @function create
         * @memberof gossip.DataUpdate
         * @static
         * @param {gossip.DataUpdate.$Properties=} [properties] Properties to set
         * @returns {gossip.DataUpdate} DataUpdate instance
         * @type {{
         *   (properties: gossip.DataUpdate.$Shape): gossip.DataUpdate & gossip.DataUpdate.$Shape;
         *   (properties?: gossip.DataUpdate.$Properties): gossip.DataUpdate;
         * }}
         */
        DataUpdate.create = function(properties) {
            return new DataUpdate(properties);
        };

        /**
         * Encodes the specified DataUpdate message. Does not implicitly {@link gossip.DataUpdate.verify|verify} messages.
         * @function encode
         * @memberof gossip.DataUpdate
         * @static
         * @param {gossip.DataUpdate.$Properties} m DataUpdate message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        DataUpdate.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.nonce != null && $Object.hasOwnProperty.call(m, "nonce") && (typeof m.nonce === "object" ? m.nonce.low || m.nonce.high : m.nonce !== 0))
                w.uint32(/* id 1, wireType 0 =*/8).uint64(m.nonce);
            if (m.data != null && m.data.length) {
                for (var i = 0; i < m.data.length; ++i)
                    $root.gossip.Envelope.encode(m.data[i], w.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
            }
            if (m.msgType != null && $Object.hasOwnProperty.call(m, "msgType") && m.msgType !== 0)
                w.uint32(/* id 3, wireType 0 =*/24).int32(m.msgType);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Decodes a DataUpdate message from the specified reader or buffer.
         * @function decode
         * @memberof gossip.DataUpdate
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {gossip.DataUpdate & gossip.DataUpdate.$Shape} DataUpdate
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        DataUpdate.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m, v;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.gossip.DataUpdate();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 0)
                            break;
                        if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                            m.nonce = v;
                        else
                            delete m.nonce;
                        continue;
                    }
                case 2: {
                        if (u !== 2)
                            break;
                        if (!(m.data && m.data.length))
                            m.data = [];
                        m.data.push($root.gossip.Envelope.decode(r, r.size(), $undefined, q + 1));
                        continue;
                    }
                case 3: {
                        if (u !== 0)
                            break;
                        if (v = r.int32())
                            m.msgType = v;
                        else
                            delete m.msgType;
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        /**
         * Creates a DataUpdate message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof gossip.DataUpdate
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {gossip.DataUpdate} DataUpdate
         */
        DataUpdate.fromObject = function (d, q) {
            if (d instanceof $root.gossip.DataUpdate)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".gossip.DataUpdate: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.gossip.DataUpdate();
            if (d.nonce != null) {
                if (typeof d.nonce === "object" ? d.nonce.low || d.nonce.high : $Number(d.nonce) !== 0) {
                    if ($util.Long)
                        m.nonce = $util.Long.fromValue(d.nonce, true);
                    else if (typeof d.nonce === "string")
                        m.nonce = $parseInt(d.nonce, 10);
                    else if (typeof d.nonce === "number")
                        m.nonce = d.nonce;
                    else if (typeof d.nonce === "object")
                        m.nonce = new $util.LongBits(d.nonce.low >>> 0, d.nonce.high >>> 0).toNumber(true);
                }
            }
            if (d.data) {
                if (!$Array.isArray(d.data))
                    throw $TypeError(".gossip.DataUpdate.data: array expected");
                m.data = $Array(d.data.length);
                for (var i = 0; i < d.data.length; ++i) {
                    if (!$util.isObject(d.data[i]))
                        throw $TypeError(".gossip.DataUpdate.data: object expected");
                    m.data[i] = $root.gossip.Envelope.fromObject(d.data[i], q + 1);
                }
            }
            if (d.msgType !== 0 && (typeof d.msgType !== "string" || $root.gossip.PullMsgType[d.msgType] !== 0)) {
                switch (d.msgType) {
                case "UNDEFINED":
                case 0:
                    m.msgType = 0;
                    break;
                case "BLOCK_MSG":
                case 1:
                    m.msgType = 1;
                    break;
                case "IDENTITY_MSG":
                case 2:
                    m.msgType = 2;
                    break;
                default:
                    if (typeof d.msgType === "number" && (d.msgType | 0) === d.msgType)
                        m.msgType = d.msgType;
                }
            }
            return m;
        };

        /**
         * Creates a plain object from a DataUpdate message. Also converts values to other types if specified.
         * @function toObject
         * @memberof gossip.DataUpdate
         * @static
         * @param {gossip.DataUpdate} m DataUpdate
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        DataUpdate.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.arrays || o.defaults) {
                d.data = [];
            }
            if (o.defaults) {
                if ($util.Long) {
                    var n = new $util.Long(0, 0, true);
                    d.nonce = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                } else
                    d.nonce = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                d.msgType = o.enums === $String ? "UNDEFINED" : 0;
            }
            if (m.nonce != null && $Object.hasOwnProperty.call(m, "nonce")) {
                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                    d.nonce = typeof m.nonce === "number" ? $BigInt(m.nonce) : $util.Long.fromBits(m.nonce.low >>> 0, m.nonce.high >>> 0, true).toBigInt();
                else if (typeof m.nonce === "number")
                    d.nonce = o.longs === $String ? $String(m.nonce) : m.nonce;
                else
                    d.nonce = o.longs === $String ? $util.Long.prototype.toString.call(m.nonce) : o.longs === $Number ? new $util.LongBits(m.nonce.low >>> 0, m.nonce.high >>> 0).toNumber(true) : m.nonce;
            }
            if (m.data && m.data.length) {
                d.data = $Array(m.data.length);
                for (var j = 0; j < m.data.length; ++j) {
                    d.data[j] = $root.gossip.Envelope.toObject(m.data[j], o, q + 1);
                }
            }
            if (m.msgType != null && $Object.hasOwnProperty.call(m, "msgType")) {
                d.msgType = o.enums === $String ? $root.gossip.PullMsgType[m.msgType] === $undefined ? m.msgType : $root.gossip.PullMsgType[m.msgType] : m.msgType;
            }
            return d;
        };

        /**
         * Converts this DataUpdate to JSON.
         * @function toJSON
         * @memberof gossip.DataUpdate
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        DataUpdate.prototype.toJSON = function() {
            return DataUpdate.toObject(this, $protobuf.util.toJSONOptions);
        };

        return DataUpdate;
    })();

    gossip.DataDigest = (function() {

        /**
         * Properties of a DataDigest.
         * @typedef {Object} gossip.DataDigest.$Properties
         * @property {number|Long|null} [nonce] DataDigest nonce
         * @property {Array.<Uint8Array>|null} [digests] DataDigest digests
         * @property {gossip.PullMsgType|null} [msgType] DataDigest msgType
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a DataDigest.
         * @memberof gossip
         * @interface IDataDigest
         * @augments gossip.DataDigest.$Properties
         * @deprecated Use gossip.DataDigest.$Properties instead.
         */

        /**
         * Shape of a DataDigest.
         * @typedef {gossip.DataDigest.$Properties} gossip.DataDigest.$Shape
         */

        /**
         * Constructs a new DataDigest.
         * @memberof gossip
         * @classdesc Represents a DataDigest.
         * @constructor
         * @param {gossip.DataDigest.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const DataDigest = function (p) {
            this.digests = [];
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * DataDigest nonce.
         * @member {number|Long} nonce
         * @memberof gossip.DataDigest
         * @instance
         */
        DataDigest.prototype.nonce = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * DataDigest digests.
         * @member {Array.<Uint8Array>} digests
         * @memberof gossip.DataDigest
         * @instance
         */
        DataDigest.prototype.digests = $util.emptyArray;

        /**
         * DataDigest msgType.
         * @member {gossip.PullMsgType} msgType
         * @memberof gossip.DataDigest
         * @instance
         */
        DataDigest.prototype.msgType = 0;

        /**
         * Creates a new DataDigest instance using the specified properties.
         * @function create
         * @memberof gossip.DataDigest
         * @static
         * @param {gossip.DataDigest.$Properties=} [properties] Properties to set
         * @returns {gossip.DataDigest} DataDigest instance
         * @type {{
         *   (properties: gossip.DataDigest.$Shape): gossip.DataDigest & gossip.DataDigest.$Shape;
         *   (properties?: gossip.DataDigest.$Properties): gossip.DataDigest;
         * }}
         */
        DataDigest.create = function(properties) {
            return new DataDigest(properties);
        };

        /**
         * Encodes the specified DataDigest message. Does not implicitly {@link gossip.DataDigest.verify|verify} messages.
         * @function encode
         * @memberof gossip.DataDigest
         * @static
         * @param {gossip.DataDigest.$Properties} m DataDigest message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        DataDigest.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.nonce != null && $Object.hasOwnProperty.call(m, "nonce") && (typeof m.nonce === "object" ? m.nonce.low || m.nonce.high : m.nonce !== 0))
                w.uint32(/* id 1, wireType 0 =*/8).uint64(m.nonce);
            if (m.digests != null && m.digests.length) {
                for (var i = 0; i < m.digests.length; ++i)
                    w.uint32(/* id 2, wireType 2 =*/18).bytes(m.digests[i]);
            }
            if (m.msgType != null && $Object.hasOwnProperty.call(m, "msgType") && m.msgType !== 0)
                w.uint32(/* id 3, wireType 0 =*/24).int32(m.msgType);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Decodes a DataDigest message from the specified reader or buffer.
         * @function decode
         * @memberof gossip.DataDigest
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {gossip.DataDigest & gossip.DataDigest.$Shape} DataDigest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        DataDigest.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m, v;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.gossip.DataDigest();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 0)
                            break;
                        if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                            m.nonce = v;
                        else
                            delete m.nonce;
                        continue;
                    }
                case 2: {
                        if (u !== 2)
                            break;
                        if (!(m.digests && m.digests.length))
                            m.digests = [];
                        m.digests.push(r.bytes());
                        continue;
                    }
                case 3: {
                        if (u !== 0)
                            break;
                        if (v = r.int32())
                            m.msgType = v;
                        else
                            delete m.msgType;
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        /**
         * Creates a DataDigest message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof gossip.DataDigest
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {gossip.DataDigest} DataDigest
         */
        DataDigest.fromObject = function (d, q) {
            if (d instanceof $root.gossip.DataDigest)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".gossip.DataDigest: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.gossip.DataDigest();
            if (d.nonce != null) {
                if (typeof d.nonce === "object" ? d.nonce.low || d.nonce.high : $Number(d.nonce) !== 0) {
                    if ($util.Long)
                        m.nonce = $util.Long.fromValue(d.nonce, true);
                    else if (typeof d.nonce === "string")
                        m.nonce = $parseInt(d.nonce, 10);
                    else if (typeof d.nonce === "number")
                        m.nonce = d.nonce;
                    else if (typeof d.nonce === "object")
                        m.nonce = new $util.LongBits(d.nonce.low >>> 0, d.nonce.high >>> 0).toNumber(true);
                }
            }
            if (d.digests) {
                if (!$Array.isArray(d.digests))
                    throw $TypeError(".gossip.DataDigest.digests: array expected");
                m.digests = $Array(d.digests.length);
                for (var i = 0; i < d.digests.length; ++i) {
                    if (typeof d.digests[i] === "string")
                        $util.base64.decode(d.digests[i], m.digests[i] = $util.newBuffer($util.base64.length(d.digests[i])), 0);
                    else if (d.digests[i].length >= 0)
                        m.digests[i] = d.digests[i];
                }
            }
            if (d.msgType !== 0 && (typeof d.msgType !== "string" || $root.gossip.PullMsgType[d.msgType] !== 0)) {
                switch (d.msgType) {
                case "UNDEFINED":
                case 0:
                    m.msgType = 0;
                    break;
                case "BLOCK_MSG":
                case 1:
                    m.msgType = 1;
                    break;
                case "IDENTITY_MSG":
                case 2:
                    m.msgType = 2;
                    break;
                default:
                    if (typeof d.msgType === "number" && (d.msgType | 0) === d.msgType)
                        m.msgType = d.msgType;
                }
            }
            return m;
        };

        /**
         * Creates a plain object from a DataDigest message. Also converts values to other types if specified.
         * @function toObject
         * @memberof gossip.DataDigest
         * @static
         * @param {gossip.DataDigest} m DataDigest
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        DataDigest.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.arrays || o.defaults) {
                d.digests = [];
            }
            if (o.defaults) {
                if ($util.Long) {
                    var n = new $util.Long(0, 0, true);
                    d.nonce = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                } else
                    d.nonce = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                d.msgType = o.enums === $String ? "UNDEFINED" : 0;
            }
            if (m.nonce != null && $Object.hasOwnProperty.call(m, "nonce")) {
                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                    d.nonce = typeof m.nonce === "number" ? $BigInt(m.nonce) : $util.Long.fromBits(m.nonce.low >>> 0, m.nonce.high >>> 0, true).toBigInt();
                else if (typeof m.nonce === "number")
                    d.nonce = o.longs === $String ? $String(m.nonce) : m.nonce;
                else
                    d.nonce = o.longs === $String ? $util.Long.prototype.toString.call(m.nonce) : o.longs === $Number ? new $util.LongBits(m.nonce.low >>> 0, m.nonce.high >>> 0).toNumber(true) : m.nonce;
            }
            if (m.digests && m.digests.length) {
                d.digests = $Array(m.digests.length);
                for (var j = 0; j < m.digests.length; ++j) {
                    d.digests[j] = o.bytes === $String ? $util.base64.encode(m.digests[j], 0, m.digests[j].length) : o.bytes === $Array ? $Array.prototype.slice.call(m.digests[j]) : m.digests[j];
                }
            }
            if (m.msgType != null && $Object.hasOwnProperty.call(m, "msgType")) {
                d.msgType = o.enums === $String ? $root.gossip.PullMsgType[m.msgType] === $undefined ? m.msgType : $root.gossip.PullMsgType[m.msgType] : m.msgType;
            }
            return d;
        };

        /**
         * Converts this DataDigest to JSON.
         * @function toJSON
         * @memberof gossip.DataDigest
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        DataDigest.prototype.toJSON = function() {
            return DataDigest.toObject(this, $protobuf.util.toJSONOptions);
        };

        return DataDigest;
    })();

    gossip.DataMessage = (function() {

        /**
         * Properties of a DataMessage.
         * @typedef {Object} gossip.DataMessage.$Properties
         * @property {gossip.Payload.$Properties|null} [payload] DataMessage payload
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a DataMessage.
         * @memberof gossip
         * @interface IDataMessage
         * @augments gossip.DataMessage.$Properties
         * @deprecated Use gossip.DataMessage.$Properties instead.
         */

        /**
         * Shape of a DataMessage.
         * @typedef {gossip.DataMessage.$Properties} gossip.DataMessage.$Shape
         */

        /**
         * Constructs a new DataMessage.
         * @memberof gossip
         * @classdesc Represents a DataMessage.
         * @constructor
         * @param {gossip.DataMessage.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const DataMessage = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * DataMessage payload.
         * @member {gossip.Payload.$Properties|null|undefined} payload
         * @memberof gossip.DataMessage
         * @instance
         */
        DataMessage.prototype.payload = null;

        /**
         * Creates a new DataMessage instance using the specified properties.
         * @function create
         * @memberof gossip.DataMessage
         * @static
         * @param {gossip.DataMessage.$Properties=} [properties] Properties to set
         * @returns {gossip.DataMessage} DataMessage instance
         * @type {{
         *   (properties: gossip.DataMessage.$Shape): gossip.DataMessage & gossip.DataMessage.$Shape;
         *   (properties?: gossip.DataMessage.$Properties): gossip.DataMessage;
         * }}
         */
        DataMessage.create = function(properties) {
            return new DataMessage(properties);
        };

        /**
         * Encodes the specified DataMessage message. Does not implicitly {@link gossip.DataMessage.verify|verify} messages.
         * @function encode
         * @memberof gossip.DataMessage
         * @static
         * @param {gossip.DataMessage.$Properties} m DataMessage message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        DataMessage.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.payload != null && $Object.hasOwnProperty.call(m, "payload"))
                $root.gossip.Payload.encode(m.payload, w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Decodes a DataMessage message from the specified reader or buffer.
         * @function decode
         * @memberof gossip.DataMessage
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {gossip.DataMessage & gossip.DataMessage.$Shape} DataMessage
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        DataMessage.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m, v;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.gossip.DataMessage();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 2)
                            break;
                        m.payload = $root.gossip.Payload.decode(r, r.size(), $undefined, q + 1, m.payload);
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        /**
         * Creates a DataMessage message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof gossip.DataMessage
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {gossip.DataMessage} DataMessage
         */
        DataMessage.fromObject = function (d, q) {
            if (d instanceof $root.gossip.DataMessage)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".gossip.DataMessage: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.gossip.DataMessage();
            if (d.payload != null) {
                if (!$util.isObject(d.payload))
                    throw $TypeError(".gossip.DataMessage.payload: object expected");
                m.payload = $root.gossip.Payload.fromObject(d.payload, q + 1);
            }
            return m;
        };

        /**
         * Creates a plain object from a DataMessage message. Also converts values to other types if specified.
         * @function toObject
         * @memberof gossip.DataMessage
         * @static
         * @param {gossip.DataMessage} m DataMessage
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        DataMessage.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                d.payload = null;
            }
            if (m.payload != null && $Object.hasOwnProperty.call(m, "payload")) {
                d.payload = $root.gossip.Payload.toObject(m.payload, o, q + 1);
            }
            return d;
        };

        /**
         * Converts this DataMessage to JSON.
         * @function toJSON
         * @memberof gossip.DataMessage
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        DataMessage.prototype.toJSON = function() {
            return DataMessage.toObject(this, $protobuf.util.toJSONOptions);
        };

        return DataMessage;
    })();

    gossip.Payload = (function() {

        /**
         * Properties of a Payload.
         * @typedef {Object} gossip.Payload.$Properties
         * @property {number|Long|null} [seqNum] Payload seqNum
         * @property {Uint8Array|null} [data] Payload data
         * @property {Array.<Uint8Array>|null} [privateData] Payload privateData
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a Payload.
         * @memberof gossip
         * @interface IPayload
         * @augments gossip.Payload.$Properties
         * @deprecated Use gossip.Payload.$Properties instead.
         */

        /**
         * Shape of a Payload.
         * @typedef {gossip.Payload.$Properties} gossip.Payload.$Shape
         */

        /**
         * Constructs a new Payload.
         * @memberof gossip
         * @classdesc Represents a Payload.
         * @constructor
         * @param {gossip.Payload.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const Payload = function (p) {
            this.privateData = [];
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * Payload seqNum.
         * @member {number|Long} seqNum
         * @memberof gossip.Payload
         * @instance
         */
        Payload.prototype.seqNum = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * Payload data.
         * @member {Uint8Array} data
         * @memberof gossip.Payload
         * @instance
         */
        Payload.prototype.data = $util.newBuffer([]);

        /**
         * Payload privateData.
         * @member {Array.<Uint8Array>} privateData
         * @memberof gossip.Payload
         * @instance
         */
        Payload.prototype.privateData = $util.emptyArray;

        /**
         * Creates a new Payload instance using the specified properties.
         * @function create
         * @memberof gossip.Payload
         * @static
         * @param {gossip.Payload.$Properties=} [properties] Properties to set
         * @returns {gossip.Payload} Payload instance
         * @type {{
         *   (properties: gossip.Payload.$Shape): gossip.Payload & gossip.Payload.$Shape;
         *   (properties?: gossip.Payload.$Properties): gossip.Payload;
         * }}
         */
        Payload.create = function(properties) {
            return new Payload(properties);
        };

        /**
         * Encodes the specified Payload message. Does not implicitly {@link gossip.Payload.verify|verify} messages.
         * @function encode
         * @memberof gossip.Payload
         * @static
         * @param {gossip.Payload.$Properties} m Payload message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Payload.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.seqNum != null && $Object.hasOwnProperty.call(m, "seqNum") && (typeof m.seqNum === "object" ? m.seqNum.low || m.seqNum.high : m.seqNum !== 0))
                w.uint32(/* id 1, wireType 0 =*/8).uint64(m.seqNum);
            if (m.data != null && $Object.hasOwnProperty.call(m, "data") && m.data.length)
                w.uint32(/* id 2, wireType 2 =*/18).bytes(m.data);
            if (m.privateData != null && m.privateData.length) {
                for (var i = 0; i < m.privateData.length; ++i)
                    w.uint32(/* id 3, wireType 2 =*/26).bytes(m.privateData[i]);
            }
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Decodes a Payload message from the specified reader or buffer.
         * @function decode
         * @memberof gossip.Payload
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {gossip.Payload & gossip.Payload.$Shape} Payload
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Payload.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m, v;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.gossip.Payload();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 0)
                            break;
                        if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                            m.seqNum = v;
                        else
                            delete m.seqNum;
                        continue;
                    }
                case 2: {
                        if (u !== 2)
                            break;
                        if ((v = r.bytes()).length)
                            m.data = v;
                        else
                            delete m.data;
                        continue;
                    }
                case 3: {
                        if (u !== 2)
                            break;
                        if (!(m.privateData && m.privateData.length))
                            m.privateData = [];
                        m.privateData.push(r.bytes());
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        /**
         * Creates a Payload message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof gossip.Payload
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {gossip.Payload} Payload
         */
        Payload.fromObject = function (d, q) {
            if (d instanceof $root.gossip.Payload)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".gossip.Payload: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.gossip.Payload();
            if (d.seqNum != null) {
                if (typeof d.seqNum === "object" ? d.seqNum.low || d.seqNum.high : $Number(d.seqNum) !== 0) {
                    if ($util.Long)
                        m.seqNum = $util.Long.fromValue(d.seqNum, true);
                    else if (typeof d.seqNum === "string")
                        m.seqNum = $parseInt(d.seqNum, 10);
                    else if (typeof d.seqNum === "number")
                        m.seqNum = d.seqNum;
                    else if (typeof d.seqNum === "object")
                        m.seqNum = new $util.LongBits(d.seqNum.low >>> 0, d.seqNum.high >>> 0).toNumber(true);
                }
            }
            if (d.data != null) {
                if (d.data.length) {
                    if (typeof d.data === "string")
                        $util.base64.decode(d.data, m.data = $util.newBuffer($util.base64.length(d.data)), 0);
                    else if (d.data.length >= 0)
                        m.data = d.data;
                }
            }
            if (d.privateData) {
                if (!$Array.isArray(d.privateData))
                    throw $TypeError(".gossip.Payload.privateData: array expected");
                m.privateData = $Array(d.privateData.length);
                for (var i = 0; i < d.privateData.length; ++i) {
                    if (typeof d.privateData[i] === "string")
                        $util.base64.decode(d.privateData[i], m.privateData[i] = $util.newBuffer($util.base64.length(d.privateData[i])), 0);
                    else if (d.privateData[i].length >= 0)
                        m.privateData[i] = d.privateData[i];
                }
            }
            return m;
        };

        /**
         * Creates a plain object from a Payload message. Also converts values to other types if specified.
         * @function toObject
         * @memberof gossip.Payload
         * @static
         * @param {gossip.Payload} m Payload
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        Payload.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.arrays || o.defaults) {
                d.privateData = [];
            }
            if (o.defaults) {
                if ($util.Long) {
                    var n = new $util.Long(0, 0, true);
                    d.seqNum = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                } else
                    d.seqNum = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                if (o.bytes === $String)
                    d.data = "";
                else {
                    d.data = [];
                    if (o.bytes !== $Array)
                        d.data = $util.newBuffer(d.data);
                }
            }
            if (m.seqNum != null && $Object.hasOwnProperty.call(m, "seqNum")) {
                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                    d.seqNum = typeof m.seqNum === "number" ? $BigInt(m.seqNum) : $util.Long.fromBits(m.seqNum.low >>> 0, m.seqNum.high >>> 0, true).toBigInt();
                else if (typeof m.seqNum === "number")
                    d.seqNum = o.longs === $String ? $String(m.seqNum) : m.seqNum;
                else
                    d.seqNum = o.longs === $String ? $util.Long.prototype.toString.call(m.seqNum) : o.longs === $Number ? new $util.LongBits(m.seqNum.low >>> 0, m.seqNum.high >>> 0).toNumber(true) : m.seqNum;
            }
            if (m.data != null && $Object.hasOwnProperty.call(m, "data")) {
                d.data = o.bytes === $String ? $util.base64.encode(m.data, 0, m.data.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.data) : m.data;
            }
            if (m.privateData && m.privateData.length) {
                d.privateData = $Array(m.privateData.length);
                for (var j = 0; j < m.privateData.length; ++j) {
                    d.privateData[j] = o.bytes === $String ? $util.base64.encode(m.privateData[j], 0, m.privateData[j].length) : o.bytes === $Array ? $Array.prototype.slice.call(m.privateData[j]) : m.privateData[j];
                }
            }
            return d;
        };

        /**
         * Converts this Payload to JSON.
         * @function toJSON
         * @memberof gossip.Payload
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        Payload.prototype.toJSON = function() {
            return Payload.toObject(this, $protobuf.util.toJSONOptions);
        };

        return Payload;
    })();

    gossip.AliveMessage = (function() {

        /**
         * Properties of an AliveMessage.
         * @typedef {Object} gossip.AliveMessage.$Properties
         * @property {gossip.Member.$Properties|null} [membership] AliveMessage membership
         * @property {gossip.PeerTime.$Properties|null} [timestamp] AliveMessage timestamp
         * @property {Uint8Array|null} [identity] AliveMessage identity
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of an AliveMessage.
         * @memberof gossip
         * @interface IAliveMessage
         * @augments gossip.AliveMessage.$Properties
         * @deprecated Use gossip.AliveMessage.$Properties instead.
         */

        /**
         * Shape of an AliveMessage.
         * @typedef {gossip.AliveMessage.$Properties} gossip.AliveMessage.$Shape
         */

        /**
         * Constructs a new AliveMessage.
         * @memberof gossip
         * @classdesc Represents an AliveMessage.
         * @constructor
         * @param {gossip.AliveMessage.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const AliveMessage = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * AliveMessage membership.
         * @member {gossip.Member.$Properties|null|undefined} membership
         * @memberof gossip.AliveMessage
         * @instance
         */
        AliveMessage.prototype.membership = null;

        /**
         * AliveMessage timestamp.
         * @member {gossip.PeerTime.$Properties|null|undefined} timestamp
         * @memberof gossip.AliveMessage
         * @instance
         */
        AliveMessage.prototype.timestamp = null;

        /**
         * AliveMessage identity.
         * @member {Uint8Array} identity
         * @memberof gossip.AliveMessage
         * @instance
         */
        AliveMessage.prototype.identity = $util.newBuffer([]);

        /**
         * Creates a new AliveMessage instance using the specified properties.
         * @function create
         * @memberof gossip.AliveMessage
         * @static
         * @param {gossip.AliveMessage.$Properties=} [properties] Properties to set
         * @returns {gossip.AliveMessage} AliveMessage instance
         * @type {{
         *   (properties: gossip.AliveMessage.$Shape): gossip.AliveMessage & gossip.AliveMessage.$Shape;
         *   (properties?: gossip.AliveMessage.$Properties): gossip.AliveMessage;
         * }}
         */
        AliveMessage.create = function(properties) {
            return new AliveMessage(properties);
        };

        /**
         * Encodes the specified AliveMessage message. Does not implicitly {@link gossip.AliveMessage.verify|verify} messages.
         * @function encode
         * @memberof gossip.AliveMessage
         * @static
         * @param {gossip.AliveMessage.$Properties} m AliveMessage message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        AliveMessage.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.membership != null && $Object.hasOwnProperty.call(m, "membership"))
                $root.gossip.Member.encode(m.membership, w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
            if (m.timestamp != null && $Object.hasOwnProperty.call(m, "timestamp"))
                $root.gossip.PeerTime.encode(m.timestamp, w.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
            if (m.identity != null && $Object.hasOwnProperty.call(m, "identity") && m.identity.length)
                w.uint32(/* id 4, wireType 2 =*/34).bytes(m.identity);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Decodes an AliveMessage message from the specified reader or buffer.
         * @function decode
         * @memberof gossip.AliveMessage
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {gossip.AliveMessage & gossip.AliveMessage.$Shape} AliveMessage
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        AliveMessage.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m, v;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.gossip.AliveMessage();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 2)
                            break;
                        m.membership = $root.gossip.Member.decode(r, r.size(), $undefined, q + 1, m.membership);
                        continue;
                    }
                case 2: {
                        if (u !== 2)
                            break;
                        m.timestamp = $root.gossip.PeerTime.decode(r, r.size(), $undefined, q + 1, m.timestamp);
                        continue;
                    }
                case 4: {
                        if (u !== 2)
                            break;
                        if ((v = r.bytes()).length)
                            m.identity = v;
                        else
                            delete m.identity;
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        /**
         * Creates an AliveMessage message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof gossip.AliveMessage
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {gossip.AliveMessage} AliveMessage
         */
        AliveMessage.fromObject = function (d, q) {
            if (d instanceof $root.gossip.AliveMessage)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".gossip.AliveMessage: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.gossip.AliveMessage();
            if (d.membership != null) {
                if (!$util.isObject(d.membership))
                    throw $TypeError(".gossip.AliveMessage.membership: object expected");
                m.membership = $root.gossip.Member.fromObject(d.membership, q + 1);
            }
            if (d.timestamp != null) {
                if (!$util.isObject(d.timestamp))
                    throw $TypeError(".gossip.AliveMessage.timestamp: object expected");
                m.timestamp = $root.gossip.PeerTime.fromObject(d.timestamp, q + 1);
            }
            if (d.identity != null) {
                if (d.identity.length) {
                    if (typeof d.identity === "string")
                        $util.base64.decode(d.identity, m.identity = $util.newBuffer($util.base64.length(d.identity)), 0);
                    else if (d.identity.length >= 0)
                        m.identity = d.identity;
                }
            }
            return m;
        };

        /**
         * Creates a plain object from an AliveMessage message. Also converts values to other types if specified.
         * @function toObject
         * @memberof gossip.AliveMessage
         * @static
         * @param {gossip.AliveMessage} m AliveMessage
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        AliveMessage.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                d.membership = null;
                d.timestamp = null;
                if (o.bytes === $String)
                    d.identity = "";
                else {
                    d.identity = [];
                    if (o.bytes !== $Array)
                        d.identity = $util.newBuffer(d.identity);
                }
            }
            if (m.membership != null && $Object.hasOwnProperty.call(m, "membership")) {
                d.membership = $root.gossip.Member.toObject(m.membership, o, q + 1);
            }
            if (m.timestamp != null && $Object.hasOwnProperty.call(m, "timestamp")) {
                d.timestamp = $root.gossip.PeerTime.toObject(m.timestamp, o, q + 1);
            }
            if (m.identity != null && $Object.hasOwnProperty.call(m, "identity")) {
                d.identity = o.bytes === $String ? $util.base64.encode(m.identity, 0, m.identity.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.identity) : m.identity;
            }
            return d;
        };

        /**
         * Converts this AliveMessage to JSON.
         * @function toJSON
         * @memberof gossip.AliveMessage
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        AliveMessage.prototype.toJSON = function() {
            return AliveMessage.toObject(this, $protobuf.util.toJSONOptions);
        };

        return AliveMessage;
    })();

    gossip.LeadershipMessage = (function() {

        /**
         * Properties of a LeadershipMessage.
         * @typedef {Object} gossip.LeadershipMessage.$Properties
         * @property {Uint8Array|null} [pkiId] LeadershipMessage pkiId
         * @property {gossip.PeerTime.$Properties|null} [timestamp] LeadershipMessage timestamp
         * @property {boolean|null} [isDeclaration] LeadershipMessage isDeclaration
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a LeadershipMessage.
         * @memberof gossip
         * @interface ILeadershipMessage
         * @augments gossip.LeadershipMessage.$Properties
         * @deprecated Use gossip.LeadershipMessage.$Properties instead.
         */

        /**
         * Shape of a LeadershipMessage.
         * @typedef {gossip.LeadershipMessage.$Properties} gossip.LeadershipMessage.$Shape
         */

        /**
         * Constructs a new LeadershipMessage.
         * @memberof gossip
         * @classdesc Represents a LeadershipMessage.
         * @constructor
         * @param {gossip.LeadershipMessage.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const LeadershipMessage = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * LeadershipMessage pkiId.
         * @member {Uint8Array} pkiId
         * @memberof gossip.LeadershipMessage
         * @instance
         */
        LeadershipMessage.prototype.pkiId = $util.newBuffer([]);

        /**
         * LeadershipMessage timestamp.
         * @member {gossip.PeerTime.$Properties|null|undefined} timestamp
         * @memberof gossip.LeadershipMessage
         * @instance
         */
        LeadershipMessage.prototype.timestamp = null;

        /**
         * LeadershipMessage isDeclaration.
         * @member {boolean} isDeclaration
         * @memberof gossip.LeadershipMessage
         * @instance
         */
        LeadershipMessage.prototype.isDeclaration = false;

        /**
         * Creates a new LeadershipMessage instance using the specified properties.
         * @function create
         * @memberof gossip.LeadershipMessage
         * @static
         * @param {gossip.LeadershipMessage.$Properties=} [properties] Properties to set
         * @returns {gossip.LeadershipMessage} LeadershipMessage instance
         * @type {{
         *   (properties: gossip.LeadershipMessage.$Shape): gossip.LeadershipMessage & gossip.LeadershipMessage.$Shape;
         *   (properties?: gossip.LeadershipMessage.$Properties): gossip.LeadershipMessage;
         * }}
         */
        LeadershipMessage.create = function(properties) {
            return new LeadershipMessage(properties);
        };

        /**
         * Encodes the specified LeadershipMessage message. Does not implicitly {@link gossip.LeadershipMessage.verify|verify} messages.
         * @function encode
         * @memberof gossip.LeadershipMessage
         * @static
         * @param {gossip.LeadershipMessage.$Properties} m LeadershipMessage message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        LeadershipMessage.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.pkiId != null && $Object.hasOwnProperty.call(m, "pkiId") && m.pkiId.length)
                w.uint32(/* id 1, wireType 2 =*/10).bytes(m.pkiId);
            if (m.timestamp != null && $Object.hasOwnProperty.call(m, "timestamp"))
                $root.gossip.PeerTime.encode(m.timestamp, w.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
            if (m.isDeclaration != null && $Object.hasOwnProperty.call(m, "isDeclaration") && m.isDeclaration !== false)
                w.uint32(/* id 3, wireType 0 =*/24).bool(m.isDeclaration);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Decodes a LeadershipMessage message from the specified reader or buffer.
         * @function decode
         * @memberof gossip.LeadershipMessage
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {gossip.LeadershipMessage & gossip.LeadershipMessage.$Shape} LeadershipMessage
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        LeadershipMessage.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m, v;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.gossip.LeadershipMessage();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 2)
                            break;
                        if ((v = r.bytes()).length)
                            m.pkiId = v;
                        else
                            delete m.pkiId;
                        continue;
                    }
                case 2: {
                        if (u !== 2)
                            break;
                        m.timestamp = $root.gossip.PeerTime.decode(r, r.size(), $undefined, q + 1, m.timestamp);
                        continue;
                    }
                case 3: {
                        if (u !== 0)
                            break;
                        if (v = r.bool())
                            m.isDeclaration = v;
                        else
                            delete m.isDeclaration;
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        /**
         * Creates a LeadershipMessage message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof gossip.LeadershipMessage
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {gossip.LeadershipMessage} LeadershipMessage
         */
        LeadershipMessage.fromObject = function (d, q) {
            if (d instanceof $root.gossip.LeadershipMessage)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".gossip.LeadershipMessage: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.gossip.LeadershipMessage();
            if (d.pkiId != null) {
                if (d.pkiId.length) {
                    if (typeof d.pkiId === "string")
                        $util.base64.decode(d.pkiId, m.pkiId = $util.newBuffer($util.base64.length(d.pkiId)), 0);
                    else if (d.pkiId.length >= 0)
                        m.pkiId = d.pkiId;
                }
            }
            if (d.timestamp != null) {
                if (!$util.isObject(d.timestamp))
                    throw $TypeError(".gossip.LeadershipMessage.timestamp: object expected");
                m.timestamp = $root.gossip.PeerTime.fromObject(d.timestamp, q + 1);
            }
            if (d.isDeclaration != null) {
                if (d.isDeclaration) {
                    m.isDeclaration = $Boolean(d.isDeclaration);
                }
            }
            return m;
        };

        /**
         * Creates a plain object from a LeadershipMessage message. Also converts values to other types if specified.
         * @function toObject
         * @memberof gossip.LeadershipMessage
         * @static
         * @param {gossip.LeadershipMessage} m LeadershipMessage
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        LeadershipMessage.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                if (o.bytes === $String)
                    d.pkiId = "";
                else {
                    d.pkiId = [];
                    if (o.bytes !== $Array)
                        d.pkiId = $util.newBuffer(d.pkiId);
                }
                d.timestamp = null;
                d.isDeclaration = false;
            }
            if (m.pkiId != null && $Object.hasOwnProperty.call(m, "pkiId")) {
                d.pkiId = o.bytes === $String ? $util.base64.encode(m.pkiId, 0, m.pkiId.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.pkiId) : m.pkiId;
            }
            if (m.timestamp != null && $Object.hasOwnProperty.call(m, "timestamp")) {
                d.timestamp = $root.gossip.PeerTime.toObject(m.timestamp, o, q + 1);
            }
            if (m.isDeclaration != null && $Object.hasOwnProperty.call(m, "isDeclaration")) {
                d.isDeclaration = m.isDeclaration;
            }
            return d;
        };

        /**
         * Converts this LeadershipMessage to JSON.
         * @function toJSON
         * @memberof gossip.LeadershipMessage
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        LeadershipMessage.prototype.toJSON = function() {
            return LeadershipMessage.toObject(this, $protobuf.util.toJSONOptions);
        };

        return LeadershipMessage;
    })();

    gossip.PeerTime = (function() {

        /**
         * Properties of a PeerTime.
         * @typedef {Object} gossip.PeerTime.$Properties
         * @property {number|Long|null} [incNum] PeerTime incNum
         * @property {number|Long|null} [seqNum] PeerTime seqNum
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a PeerTime.
         * @memberof gossip
         * @interface IPeerTime
         * @augments gossip.PeerTime.$Properties
         * @deprecated Use gossip.PeerTime.$Properties instead.
         */

        /**
         * Shape of a PeerTime.
         * @typedef {gossip.PeerTime.$Properties} gossip.PeerTime.$Shape
         */

        /**
         * Constructs a new PeerTime.
         * @memberof gossip
         * @classdesc Represents a PeerTime.
         * @constructor
         * @param {gossip.PeerTime.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const PeerTime = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * PeerTime incNum.
         * @member {number|Long} incNum
         * @memberof gossip.PeerTime
         * @instance
         */
        PeerTime.prototype.incNum = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * PeerTime seqNum.
         * @member {number|Long} seqNum
         * @memberof gossip.PeerTime
         * @instance
         */
        PeerTime.prototype.seqNum = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * Creates a new PeerTime instance using the specified properties.
         * @function create
         * @memberof gossip.PeerTime
         * @static
         * @param {gossip.PeerTime.$Properties=} [properties] Properties to set
         * @returns {gossip.PeerTime} PeerTime instance
         * @type {{
         *   (properties: gossip.PeerTime.$Shape): gossip.PeerTime & gossip.PeerTime.$Shape;
         *   (properties?: gossip.PeerTime.$Properties): gossip.PeerTime;
         * }}
         */
        PeerTime.create = function(properties) {
            return new PeerTime(properties);
        };

        /**
         * Encodes the specified PeerTime message. Does not implicitly {@link gossip.PeerTime.verify|verify} messages.
         * @function encode
         * @memberof gossip.PeerTime
         * @static
         * @param {gossip.PeerTime.$Properties} m PeerTime message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        PeerTime.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.incNum != null && $Object.hasOwnProperty.call(m, "incNum") && (typeof m.incNum === "object" ? m.incNum.low || m.incNum.high : m.incNum !== 0))
                w.uint32(/* id 1, wireType 0 =*/8).uint64(m.incNum);
            if (m.seqNum != null && $Object.hasOwnProperty.call(m, "seqNum") && (typeof m.seqNum === "object" ? m.seqNum.low || m.seqNum.high : m.seqNum !== 0))
                w.uint32(/* id 2, wireType 0 =*/16).uint64(m.seqNum);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Decodes a PeerTime message from the specified reader or buffer.
         * @function decode
         * @memberof gossip.PeerTime
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {gossip.PeerTime & gossip.PeerTime.$Shape} PeerTime
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        PeerTime.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m, v;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.gossip.PeerTime();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 0)
                            break;
                        if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                            m.incNum = v;
                        else
                            delete m.incNum;
                        continue;
                    }
                case 2: {
                        if (u !== 0)
                            break;
                        if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                            m.seqNum = v;
                        else
                            delete m.seqNum;
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        /**
         * Creates a PeerTime message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof gossip.PeerTime
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {gossip.PeerTime} PeerTime
         */
        PeerTime.fromObject = function (d, q) {
            if (d instanceof $root.gossip.PeerTime)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".gossip.PeerTime: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.gossip.PeerTime();
            if (d.incNum != null) {
                if (typeof d.incNum === "object" ? d.incNum.low || d.incNum.high : $Number(d.incNum) !== 0) {
                    if ($util.Long)
                        m.incNum = $util.Long.fromValue(d.incNum, true);
                    else if (typeof d.incNum === "string")
                        m.incNum = $parseInt(d.incNum, 10);
                    else if (typeof d.incNum === "number")
                        m.incNum = d.incNum;
                    else if (typeof d.incNum === "object")
                        m.incNum = new $util.LongBits(d.incNum.low >>> 0, d.incNum.high >>> 0).toNumber(true);
                }
            }
            if (d.seqNum != null) {
                if (typeof d.seqNum === "object" ? d.seqNum.low || d.seqNum.high : $Number(d.seqNum) !== 0) {
                    if ($util.Long)
                        m.seqNum = $util.Long.fromValue(d.seqNum, true);
                    else if (typeof d.seqNum === "string")
                        m.seqNum = $parseInt(d.seqNum, 10);
                    else if (typeof d.seqNum === "number")
                        m.seqNum = d.seqNum;
                    else if (typeof d.seqNum === "object")
                        m.seqNum = new $util.LongBits(d.seqNum.low >>> 0, d.seqNum.high >>> 0).toNumber(true);
                }
            }
            return m;
        };

        /**
         * Creates a plain object from a PeerTime message. Also converts values to other types if specified.
         * @function toObject
         * @memberof gossip.PeerTime
         * @static
         * @param {gossip.PeerTime} m PeerTime
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        PeerTime.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                if ($util.Long) {
                    var n = new $util.Long(0, 0, true);
                    d.incNum = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                } else
                    d.incNum = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                if ($util.Long) {
                    var n = new $util.Long(0, 0, true);
                    d.seqNum = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                } else
                    d.seqNum = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
            }
            if (m.incNum != null && $Object.hasOwnProperty.call(m, "incNum")) {
                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                    d.incNum = typeof m.incNum === "number" ? $BigInt(m.incNum) : $util.Long.fromBits(m.incNum.low >>> 0, m.incNum.high >>> 0, true).toBigInt();
                else if (typeof m.incNum === "number")
                    d.incNum = o.longs === $String ? $String(m.incNum) : m.incNum;
                else
                    d.incNum = o.longs === $String ? $util.Long.prototype.toString.call(m.incNum) : o.longs === $Number ? new $util.LongBits(m.incNum.low >>> 0, m.incNum.high >>> 0).toNumber(true) : m.incNum;
            }
            if (m.seqNum != null && $Object.hasOwnProperty.call(m, "seqNum")) {
                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                    d.seqNum = typeof m.seqNum === "number" ? $BigInt(m.seqNum) : $util.Long.fromBits(m.seqNum.low >>> 0, m.seqNum.high >>> 0, true).toBigInt();
                else if (typeof m.seqNum === "number")
                    d.seqNum = o.longs === $String ? $String(m.seqNum) : m.seqNum;
                else
                    d.seqNum = o.longs === $String ? $util.Long.prototype.toString.call(m.seqNum) : o.longs === $Number ? new $util.LongBits(m.seqNum.low >>> 0, m.seqNum.high >>> 0).toNumber(true) : m.seqNum;
            }
            return d;
        };

        /**
         * Converts this PeerTime to JSON.
         * @function toJSON
         * @memberof gossip.PeerTime
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        PeerTime.prototype.toJSON = function() {
            return PeerTime.toObject(this, $protobuf.util.toJSONOptions);
        };

        return PeerTime;
    })();

    gossip.MembershipRequest = (function() {

        /**
         * Properties of a MembershipRequest.
         * @typedef {Object} gossip.MembershipRequest.$Properties
         * @property {gossip.Envelope.$Properties|null} [selfInformation] MembershipRequest selfInformation
         * @property {Array.<Uint8Array>|null} [known] MembershipRequest known
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a MembershipRequest.
         * @memberof gossip
         * @interface IMembershipRequest
         * @augments gossip.MembershipRequest.$Properties
         * @deprecated Use gossip.MembershipRequest.$Properties instead.
         */

        /**
         * Shape of a MembershipRequest.
         * @typedef {gossip.MembershipRequest.$Properties} gossip.MembershipRequest.$Shape
         */

        /**
         * Constructs a new MembershipRequest.
         * @memberof gossip
         * @classdesc Represents a MembershipRequest.
         * @constructor
         * @param {gossip.MembershipRequest.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const MembershipRequest = function (p) {
            this.known = [];
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * MembershipRequest selfInformation.
         * @member {gossip.Envelope.$Properties|null|undefined} selfInformation
         * @memberof gossip.MembershipRequest
         * @instance
         */
        MembershipRequest.prototype.selfInformation = null;

        /**
         * MembershipRequest known.
         * @member {Array.<Uint8Array>} known
         * @memberof gossip.MembershipRequest
         * @instance
         */
        MembershipRequest.prototype.known = $util.emptyArray;

        /**
         * Creates a new MembershipRequest instance using the specified properties.
         * @function create
         * @memberof gossip.MembershipRequest
         * @static
         * @param {gossip.MembershipRequest.$Properties=} [properties] Properties to set
         * @returns {gossip.MembershipRequest} MembershipRequest instance
         * @type {{
         *   (properties: gossip.MembershipRequest.$Shape): gossip.MembershipRequest & gossip.MembershipRequest.$Shape;
         *   (properties?: gossip.MembershipRequest.$Properties): gossip.MembershipRequest;
         * }}
         */
        MembershipRequest.create = function(properties) {
            return new MembershipRequest(properties);
        };

        /**
         * Encodes the specified MembershipRequest message. Does not implicitly {@link gossip.MembershipRequest.verify|verify} messages.
         * @function encode
         * @memberof gossip.MembershipRequest
         * @static
         * @param {gossip.MembershipRequest.$Properties} m MembershipRequest message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        MembershipRequest.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.selfInformation != null && $Object.hasOwnProperty.call(m, "selfInformation"))
                $root.gossip.Envelope.encode(m.selfInformation, w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
            if (m.known != null && m.known.length) {
                for (var i = 0; i < m.known.length; ++i)
                    w.uint32(/* id 2, wireType 2 =*/18).bytes(m.known[i]);
            }
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Decodes a MembershipRequest message from the specified reader or buffer.
         * @function decode
         * @memberof gossip.MembershipRequest
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {gossip.MembershipRequest & gossip.MembershipRequest.$Shape} MembershipRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        MembershipRequest.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m, v;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.gossip.MembershipRequest();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 2)
                            break;
                        m.selfInformation = $root.gossip.Envelope.decode(r, r.size(), $undefined, q + 1, m.selfInformation);
                        continue;
                    }
                case 2: {
                        if (u !== 2)
                            break;
                        if (!(m.known && m.known.length))
                            m.known = [];
                        m.known.push(r.bytes());
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        /**
         * Creates a MembershipRequest message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof gossip.MembershipRequest
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {gossip.MembershipRequest} MembershipRequest
         */
        MembershipRequest.fromObject = function (d, q) {
            if (d instanceof $root.gossip.MembershipRequest)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".gossip.MembershipRequest: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.gossip.MembershipRequest();
            if (d.selfInformation != null) {
                if (!$util.isObject(d.selfInformation))
                    throw $TypeError(".gossip.MembershipRequest.selfInformation: object expected");
                m.selfInformation = $root.gossip.Envelope.fromObject(d.selfInformation, q + 1);
            }
            if (d.known) {
                if (!$Array.isArray(d.known))
                    throw $TypeError(".gossip.MembershipRequest.known: array expected");
                m.known = $Array(d.known.length);
                for (var i = 0; i < d.known.length; ++i) {
                    if (typeof d.known[i] === "string")
                        $util.base64.decode(d.known[i], m.known[i] = $util.newBuffer($util.base64.length(d.known[i])), 0);
                    else if (d.known[i].length >= 0)
                        m.known[i] = d.known[i];
                }
            }
            return m;
        };

        /**
         * Creates a plain object from a MembershipRequest message. Also converts values to other types if specified.
         * @function toObject
         * @memberof gossip.MembershipRequest
         * @static
         * @param {gossip.MembershipRequest} m MembershipRequest
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        MembershipRequest.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.arrays || o.defaults) {
                d.known = [];
            }
            if (o.defaults) {
                d.selfInformation = null;
            }
            if (m.selfInformation != null && $Object.hasOwnProperty.call(m, "selfInformation")) {
                d.selfInformation = $root.gossip.Envelope.toObject(m.selfInformation, o, q + 1);
            }
            if (m.known && m.known.length) {
                d.known = $Array(m.known.length);
                for (var j = 0; j < m.known.length; ++j) {
                    d.known[j] = o.bytes === $String ? $util.base64.encode(m.known[j], 0, m.known[j].length) : o.bytes === $Array ? $Array.prototype.slice.call(m.known[j]) : m.known[j];
                }
            }
            return d;
        };

        /**
         * Converts this MembershipRequest to JSON.
         * @function toJSON
         * @memberof gossip.MembershipRequest
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        MembershipRequest.prototype.toJSON = function() {
            return MembershipRequest.toObject(this, $protobuf.util.toJSONOptions);
        };

        return MembershipRequest;
    })();

    gossip.MembershipResponse = (function() {

        /**
         * Properties of a MembershipResponse.
         * @typedef {Object} gossip.MembershipResponse.$Properties
         * @property {Array.<gossip.Envelope.$Properties>|null} [alive] MembershipResponse alive
         * @property {Array.<gossip.Envelope.$Properties>|null} [dead] MembershipResponse dead
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a MembershipResponse.
         * @memberof gossip
         * @interface IMembershipResponse
         * @augments gossip.MembershipResponse.$Properties
         * @deprecated Use gossip.MembershipResponse.$Properties instead.
         */

        /**
         * Shape of a MembershipResponse.
         * @typedef {gossip.MembershipResponse.$Properties} gossip.MembershipResponse.$Shape
         */

        /**
         * Constructs a new MembershipResponse.
         * @memberof gossip
         * @classdesc Represents a MembershipResponse.
         * @constructor
         * @param {gossip.MembershipResponse.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const MembershipResponse = function (p) {
            this.alive = [];
            this.dead = [];
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * MembershipResponse alive.
         * @member {Array.<gossip.Envelope.$Properties>} alive
         * @memberof gossip.MembershipResponse
         * @instance
         */
        MembershipResponse.prototype.alive = $util.emptyArray;

        /**
         * MembershipResponse dead.
         * @member {Array.<gossip.Envelope.$Properties>} dead
         * @memberof gossip.MembershipResponse
         * @instance
         */
        MembershipResponse.prototype.dead = $util.emptyArray;

        /**
         * Creates a new MembershipResponse instance using the specified properties.
         * @function create
         * @memberof gossip.MembershipResponse
         * @static
         * @param {gossip.MembershipResponse.$Properties=} [properties] Properties to set
         * @returns {gossip.MembershipResponse} MembershipResponse instance
         * @type {{
         *   (properties: gossip.MembershipResponse.$Shape): gossip.MembershipResponse & gossip.MembershipResponse.$Shape;
         *   (properties?: gossip.MembershipResponse.$Properties): gossip.MembershipResponse;
         * }}
         */
        MembershipResponse.create = function(properties) {
            return new MembershipResponse(properties);
        };

        /**
         * Encodes the specified MembershipResponse message. Does not implicitly {@link gossip.MembershipResponse.verify|verify} messages.
         * @function encode
         * @memberof gossip.MembershipResponse
         * @static
         * @param {gossip.MembershipResponse.$Properties} m MembershipResponse message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        MembershipResponse.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.alive != null && m.alive.length) {
                for (var i = 0; i < m.alive.length; ++i)
                    $root.gossip.Envelope.encode(m.alive[i], w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
            }
            if (m.dead != null && m.dead.length) {
                for (var i = 0; i < m.dead.length; ++i)
                    $root.gossip.Envelope.encode(m.dead[i], w.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
            }
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Decodes a MembershipResponse message from the specified reader or buffer.
         * @function decode
         * @memberof gossip.MembershipResponse
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {gossip.MembershipResponse & gossip.MembershipResponse.$Shape} MembershipResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        MembershipResponse.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.gossip.MembershipResponse();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 2)
                            break;
                        if (!(m.alive && m.alive.length))
                            m.alive = [];
                        m.alive.push($root.gossip.Envelope.decode(r, r.size(), $undefined, q + 1));
                        continue;
                    }
                case 2: {
                        if (u !== 2)
                            break;
                        if (!(m.dead && m.dead.length))
                            m.dead = [];
                        m.dead.push($root.gossip.Envelope.decode(r, r.size(), $undefined, q + 1));
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        /**
         * Creates a MembershipResponse message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof gossip.MembershipResponse
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {gossip.MembershipResponse} MembershipResponse
         */
        MembershipResponse.fromObject = function (d, q) {
            if (d instanceof $root.gossip.MembershipResponse)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".gossip.MembershipResponse: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.gossip.MembershipResponse();
            if (d.alive) {
                if (!$Array.isArray(d.alive))
                    throw $TypeError(".gossip.MembershipResponse.alive: array expected");
                m.alive = $Array(d.alive.length);
                for (var i = 0; i < d.alive.length; ++i) {
                    if (!$util.isObject(d.alive[i]))
                        throw $TypeError(".gossip.MembershipResponse.alive: object expected");
                    m.alive[i] = $root.gossip.Envelope.fromObject(d.alive[i], q + 1);
                }
            }
            if (d.dead) {
                if (!$Array.isArray(d.dead))
                    throw $TypeError(".gossip.MembershipResponse.dead: array expected");
                m.dead = $Array(d.dead.length);
                for (var i = 0; i < d.dead.length; ++i) {
                    if (!$util.isObject(d.dead[i]))
                        throw $TypeError(".gossip.MembershipResponse.dead: object expected");
                    m.dead[i] = $root.gossip.Envelope.fromObject(d.dead[i], q + 1);
                }
            }
            return m;
        };

        /**
         * Creates a plain object from a MembershipResponse message. Also converts values to other types if specified.
         * @function toObject
         * @memberof gossip.MembershipResponse
         * @static
         * @param {gossip.MembershipResponse} m MembershipResponse
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        MembershipResponse.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.arrays || o.defaults) {
                d.alive = [];
                d.dead = [];
            }
            if (m.alive && m.alive.length) {
                d.alive = $Array(m.alive.length);
                for (var j = 0; j < m.alive.length; ++j) {
                    d.alive[j] = $root.gossip.Envelope.toObject(m.alive[j], o, q + 1);
                }
            }
            if (m.dead && m.dead.length) {
                d.dead = $Array(m.dead.length);
                for (var j = 0; j < m.dead.length; ++j) {
                    d.dead[j] = $root.gossip.Envelope.toObject(m.dead[j], o, q + 1);
                }
            }
            return d;
        };

        /**
         * Converts this MembershipResponse to JSON.
         * @function toJSON
         * @memberof gossip.MembershipResponse
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        MembershipResponse.prototype.toJSON = function() {
            return MembershipResponse.toObject(this, $protobuf.util.toJSONOptions);
        };

        return MembershipResponse;
    })();

    gossip.Member = (function() {

        /**
         * Properties of a Member.
         * @typedef {Object} gossip.Member.$Properties
         * @property {string|null} [endpoint] Member endpoint
         * @property {Uint8Array|null} [metadata] Member metadata
         * @property {Uint8Array|null} [pkiId] Member pkiId
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a Member.
         * @memberof gossip
         * @interface IMember
         * @augments gossip.Member.$Properties
         * @deprecated Use gossip.Member.$Properties instead.
         */

        /**
         * Shape of a Member.
         * @typedef {gossip.Member.$Properties} gossip.Member.$Shape
         */

        /**
         * Constructs a new Member.
         * @memberof gossip
         * @classdesc Represents a Member.
         * @constructor
         * @param {gossip.Member.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const Member = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * Member endpoint.
         * @member {string} endpoint
         * @memberof gossip.Member
         * @instance
         */
        Member.prototype.endpoint = "";

        /**
         * Member metadata.
         * @member {Uint8Array} metadata
         * @memberof gossip.Member
         * @instance
         */
        Member.prototype.metadata = $util.newBuffer([]);

        /**
         * Member pkiId.
         * @member {Uint8Array} pkiId
         * @memberof gossip.Member
         * @instance
         */
        Member.prototype.pkiId = $util.newBuffer([]);

        /**
         * Creates a new Member instance using the specified properties.
         * @function create
         * @memberof gossip.Member
         * @static
         * @param {gossip.Member.$Properties=} [properties] Properties to set
         * @returns {gossip.Member} Member instance
         * @type {{
         *   (properties: gossip.Member.$Shape): gossip.Member & gossip.Member.$Shape;
         *   (properties?: gossip.Member.$Properties): gossip.Member;
         * }}
         */
        Member.create = function(properties) {
            return new Member(properties);
        };

        /**
         * Encodes the specified Member message. Does not implicitly {@link gossip.Member.verify|verify} messages.
         * @function encode
         * @memberof gossip.Member
         * @static
         * @param {gossip.Member.$Properties} m Member message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Member.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.endpoint != null && $Object.hasOwnProperty.call(m, "endpoint") && m.endpoint !== "")
                w.uint32(/* id 1, wireType 2 =*/10).string(m.endpoint);
            if (m.metadata != null && $Object.hasOwnProperty.call(m, "metadata") && m.metadata.length)
                w.uint32(/* id 2, wireType 2 =*/18).bytes(m.metadata);
            if (m.pkiId != null && $Object.hasOwnProperty.call(m, "pkiId") && m.pkiId.length)
                w.uint32(/* id 3, wireType 2 =*/26).bytes(m.pkiId);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Decodes a Member message from the specified reader or buffer.
         * @function decode
         * @memberof gossip.Member
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {gossip.Member & gossip.Member.$Shape} Member
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Member.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m, v;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.gossip.Member();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.endpoint = v;
                        else
                            delete m.endpoint;
                        continue;
                    }
                case 2: {
                        if (u !== 2)
                            break;
                        if ((v = r.bytes()).length)
                            m.metadata = v;
                        else
                            delete m.metadata;
                        continue;
                    }
                case 3: {
                        if (u !== 2)
                            break;
                        if ((v = r.bytes()).length)
                            m.pkiId = v;
                        else
                            delete m.pkiId;
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        /**
         * Creates a Member message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof gossip.Member
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {gossip.Member} Member
         */
        Member.fromObject = function (d, q) {
            if (d instanceof $root.gossip.Member)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".gossip.Member: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.gossip.Member();
            if (d.endpoint != null) {
                if (typeof d.endpoint !== "string" || d.endpoint.length) {
                    m.endpoint = $String(d.endpoint);
                }
            }
            if (d.metadata != null) {
                if (d.metadata.length) {
                    if (typeof d.metadata === "string")
                        $util.base64.decode(d.metadata, m.metadata = $util.newBuffer($util.base64.length(d.metadata)), 0);
                    else if (d.metadata.length >= 0)
                        m.metadata = d.metadata;
                }
            }
            if (d.pkiId != null) {
                if (d.pkiId.length) {
                    if (typeof d.pkiId === "string")
                        $util.base64.decode(d.pkiId, m.pkiId = $util.newBuffer($util.base64.length(d.pkiId)), 0);
                    else if (d.pkiId.length >= 0)
                        m.pkiId = d.pkiId;
                }
            }
            return m;
        };

        /**
         * Creates a plain object from a Member message. Also converts values to other types if specified.
         * @function toObject
         * @memberof gossip.Member
         * @static
         * @param {gossip.Member} m Member
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        Member.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                d.endpoint = "";
                if (o.bytes === $String)
                    d.metadata = "";
                else {
                    d.metadata = [];
                    if (o.bytes !== $Array)
                        d.metadata = $util.newBuffer(d.metadata);
                }
                if (o.bytes === $String)
                    d.pkiId = "";
                else {
                    d.pkiId = [];
                    if (o.bytes !== $Array)
                        d.pkiId = $util.newBuffer(d.pkiId);
                }
            }
            if (m.endpoint != null && $Object.hasOwnProperty.call(m, "endpoint")) {
                d.endpoint = m.endpoint;
            }
            if (m.metadata != null && $Object.hasOwnProperty.call(m, "metadata")) {
                d.metadata = o.bytes === $String ? $util.base64.encode(m.metadata, 0, m.metadata.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.metadata) : m.metadata;
            }
            if (m.pkiId != null && $Object.hasOwnProperty.call(m, "pkiId")) {
                d.pkiId = o.bytes === $String ? $util.base64.encode(m.pkiId, 0, m.pkiId.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.pkiId) : m.pkiId;
            }
            return d;
        };

        /**
         * Converts this Member to JSON.
         * @function toJSON
         * @memberof gossip.Member
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        Member.prototype.toJSON = function() {
            return Member.toObject(this, $protobuf.util.toJSONOptions);
        };

        return Member;
    })();

    gossip.Empty = (function() {

        /**
         * Properties of an Empty.
         * @typedef {Object} gossip.Empty.$Properties
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of an Empty.
         * @memberof gossip
         * @interface IEmpty
         * @augments gossip.Empty.$Properties
         * @deprecated Use gossip.Empty.$Properties instead.
         */

        /**
         * Shape of an Empty.
         * @typedef {gossip.Empty.$Properties} gossip.Empty.$Shape
         */

        /**
         * Constructs a new Empty.
         * @memberof gossip
         * @classdesc Represents an Empty.
         * @constructor
         * @param {gossip.Empty.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const Empty = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * Creates a new Empty instance using the specified properties.
         * @function create
         * @memberof gossip.Empty
         * @static
         * @param {gossip.Empty.$Properties=} [properties] Properties to set
         * @returns {gossip.Empty} Empty instance
         * @type {{
         *   (properties: gossip.Empty.$Shape): gossip.Empty & gossip.Empty.$Shape;
         *   (properties?: gossip.Empty.$Properties): gossip.Empty;
         * }}
         */
        Empty.create = function(properties) {
            return new Empty(properties);
        };

        /**
         * Encodes the specified Empty message. Does not implicitly {@link gossip.Empty.verify|verify} messages.
         * @function encode
         * @memberof gossip.Empty
         * @static
         * @param {gossip.Empty.$Properties} m Empty message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Empty.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Decodes an Empty message from the specified reader or buffer.
         * @function decode
         * @memberof gossip.Empty
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {gossip.Empty & gossip.Empty.$Shape} Empty
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Empty.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.gossip.Empty();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                r.skipType(t & 7, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        /**
         * Creates an Empty message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof gossip.Empty
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {gossip.Empty} Empty
         */
        Empty.fromObject = function (d, q) {
            if (d instanceof $root.gossip.Empty)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".gossip.Empty: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            return new $root.gossip.Empty();
        };

        /**
         * Creates a plain object from an Empty message. Also converts values to other types if specified.
         * @function toObject
         * @memberof gossip.Empty
         * @static
         * @param {gossip.Empty} m Empty
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        Empty.toObject = function () {
            return {};
        };

        /**
         * Converts this Empty to JSON.
         * @function toJSON
         * @memberof gossip.Empty
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        Empty.prototype.toJSON = function() {
            return Empty.toObject(this, $protobuf.util.toJSONOptions);
        };

        return Empty;
    })();

    gossip.RemoteStateRequest = (function() {

        /**
         * Properties of a RemoteStateRequest.
         * @typedef {Object} gossip.RemoteStateRequest.$Properties
         * @property {number|Long|null} [startSeqNum] RemoteStateRequest startSeqNum
         * @property {number|Long|null} [endSeqNum] RemoteStateRequest endSeqNum
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a RemoteStateRequest.
         * @memberof gossip
         * @interface IRemoteStateRequest
         * @augments gossip.RemoteStateRequest.$Properties
         * @deprecated Use gossip.RemoteStateRequest.$Properties instead.
         */

        /**
         * Shape of a RemoteStateRequest.
         * @typedef {gossip.RemoteStateRequest.$Properties} gossip.RemoteStateRequest.$Shape
         */

        /**
         * Constructs a new RemoteStateRequest.
         * @memberof gossip
         * @classdesc Represents a RemoteStateRequest.
         * @constructor
         * @param {gossip.RemoteStateRequest.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const RemoteStateRequest = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * RemoteStateRequest startSeqNum.
         * @member {number|Long} startSeqNum
         * @memberof gossip.RemoteStateRequest
         * @instance
         */
        RemoteStateRequest.prototype.startSeqNum = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * RemoteStateRequest endSeqNum.
         * @member {number|Long} endSeqNum
         * @memberof gossip.RemoteStateRequest
         * @instance
         */
        RemoteStateRequest.prototype.endSeqNum = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * Creates a new RemoteStateRequest instance using the specified properties.
         * @function create
         * @memberof gossip.RemoteStateRequest
         * @static
         * @param {gossip.RemoteStateRequest.$Properties=} [properties] Properties to set
         * @returns {gossip.RemoteStateRequest} RemoteStateRequest instance
         * @type {{
         *   (properties: gossip.RemoteStateRequest.$Shape): gossip.RemoteStateRequest & gossip.RemoteStateRequest.$Shape;
         *   (properties?: gossip.RemoteStateRequest.$Properties): gossip.RemoteStateRequest;
         * }}
         */
        RemoteStateRequest.create = function(properties) {
            return new RemoteStateRequest(properties);
        };

        /**
         * Encodes the specified RemoteStateRequest message. Does not implicitly {@link gossip.RemoteStateRequest.verify|verify} messages.
         * @function encode
         * @memberof gossip.RemoteStateRequest
         * @static
         * @param {gossip.RemoteStateRequest.$Properties} m RemoteStateRequest message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        RemoteStateRequest.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.startSeqNum != null && $Object.hasOwnProperty.call(m, "startSeqNum") && (typeof m.startSeqNum === "object" ? m.startSeqNum.low || m.startSeqNum.high : m.startSeqNum !== 0))
                w.uint32(/* id 1, wireType 0 =*/8).uint64(m.startSeqNum);
            if (m.endSeqNum != null && $Object.hasOwnProperty.call(m, "endSeqNum") && (typeof m.endSeqNum === "object" ? m.endSeqNum.low || m.endSeqNum.high : m.endSeqNum !== 0))
                w.uint32(/* id 2, wireType 0 =*/16).uint64(m.endSeqNum);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Decodes a RemoteStateRequest message from the specified reader or buffer.
         * @function decode
         * @memberof gossip.RemoteStateRequest
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {gossip.RemoteStateRequest & gossip.RemoteStateRequest.$Shape} RemoteStateRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        RemoteStateRequest.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m, v;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.gossip.RemoteStateRequest();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 0)
                            break;
                        if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                            m.startSeqNum = v;
                        else
                            delete m.startSeqNum;
                        continue;
                    }
                case 2: {
                        if (u !== 0)
                            break;
                        if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                            m.endSeqNum = v;
                        else
                            delete m.endSeqNum;
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        /**
         * Creates a RemoteStateRequest message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof gossip.RemoteStateRequest
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {gossip.RemoteStateRequest} RemoteStateRequest
         */
        RemoteStateRequest.fromObject = function (d, q) {
            if (d instanceof $root.gossip.RemoteStateRequest)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".gossip.RemoteStateRequest: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.gossip.RemoteStateRequest();
            if (d.startSeqNum != null) {
                if (typeof d.startSeqNum === "object" ? d.startSeqNum.low || d.startSeqNum.high : $Number(d.startSeqNum) !== 0) {
                    if ($util.Long)
                        m.startSeqNum = $util.Long.fromValue(d.startSeqNum, true);
                    else if (typeof d.startSeqNum === "string")
                        m.startSeqNum = $parseInt(d.startSeqNum, 10);
                    else if (typeof d.startSeqNum === "number")
                        m.startSeqNum = d.startSeqNum;
                    else if (typeof d.startSeqNum === "object")
                        m.startSeqNum = new $util.LongBits(d.startSeqNum.low >>> 0, d.startSeqNum.high >>> 0).toNumber(true);
                }
            }
            if (d.endSeqNum != null) {
                if (typeof d.endSeqNum === "object" ? d.endSeqNum.low || d.endSeqNum.high : $Number(d.endSeqNum) !== 0) {
                    if ($util.Long)
                        m.endSeqNum = $util.Long.fromValue(d.endSeqNum, true);
                    else if (typeof d.endSeqNum === "string")
                        m.endSeqNum = $parseInt(d.endSeqNum, 10);
                    else if (typeof d.endSeqNum === "number")
                        m.endSeqNum = d.endSeqNum;
                    else if (typeof d.endSeqNum === "object")
                        m.endSeqNum = new $util.LongBits(d.endSeqNum.low >>> 0, d.endSeqNum.high >>> 0).toNumber(true);
                }
            }
            return m;
        };

        /**
         * Creates a plain object from a RemoteStateRequest message. Also converts values to other types if specified.
         * @function toObject
         * @memberof gossip.RemoteStateRequest
         * @static
         * @param {gossip.RemoteStateRequest} m RemoteStateRequest
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        RemoteStateRequest.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                if ($util.Long) {
                    var n = new $util.Long(0, 0, true);
                    d.startSeqNum = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                } else
                    d.startSeqNum = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                if ($util.Long) {
                    var n = new $util.Long(0, 0, true);
                    d.endSeqNum = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                } else
                    d.endSeqNum = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
            }
            if (m.startSeqNum != null && $Object.hasOwnProperty.call(m, "startSeqNum")) {
                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                    d.startSeqNum = typeof m.startSeqNum === "number" ? $BigInt(m.startSeqNum) : $util.Long.fromBits(m.startSeqNum.low >>> 0, m.startSeqNum.high >>> 0, true).toBigInt();
                else if (typeof m.startSeqNum === "number")
                    d.startSeqNum = o.longs === $String ? $String(m.startSeqNum) : m.startSeqNum;
                else
                    d.startSeqNum = o.longs === $String ? $util.Long.prototype.toString.call(m.startSeqNum) : o.longs === $Number ? new $util.LongBits(m.startSeqNum.low >>> 0, m.startSeqNum.high >>> 0).toNumber(true) : m.startSeqNum;
            }
            if (m.endSeqNum != null && $Object.hasOwnProperty.call(m, "endSeqNum")) {
                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                    d.endSeqNum = typeof m.endSeqNum === "number" ? $BigInt(m.endSeqNum) : $util.Long.fromBits(m.endSeqNum.low >>> 0, m.endSeqNum.high >>> 0, true).toBigInt();
                else if (typeof m.endSeqNum === "number")
                    d.endSeqNum = o.longs === $String ? $String(m.endSeqNum) : m.endSeqNum;
                else
                    d.endSeqNum = o.longs === $String ? $util.Long.prototype.toString.call(m.endSeqNum) : o.longs === $Number ? new $util.LongBits(m.endSeqNum.low >>> 0, m.endSeqNum.high >>> 0).toNumber(true) : m.endSeqNum;
            }
            return d;
        };

        /**
         * Converts this RemoteStateRequest to JSON.
         * @function toJSON
         * @memberof gossip.RemoteStateRequest
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        RemoteStateRequest.prototype.toJSON = function() {
            return RemoteStateRequest.toObject(this, $protobuf.util.toJSONOptions);
        };

        return RemoteStateRequest;
    })();

    gossip.RemoteStateResponse = (function() {

        /**
         * Properties of a RemoteStateResponse.
         * @typedef {Object} gossip.RemoteStateResponse.$Properties
         * @property {Array.<gossip.Payload.$Properties>|null} [payloads] RemoteStateResponse payloads
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a RemoteStateResponse.
         * @memberof gossip
         * @interface IRemoteStateResponse
         * @augments gossip.RemoteStateResponse.$Properties
         * @deprecated Use gossip.RemoteStateResponse.$Properties instead.
         */

        /**
         * Shape of a RemoteStateResponse.
         * @typedef {gossip.RemoteStateResponse.$Properties} gossip.RemoteStateResponse.$Shape
         */

        /**
         * Constructs a new RemoteStateResponse.
         * @memberof gossip
         * @classdesc Represents a RemoteStateResponse.
         * @constructor
         * @param {gossip.RemoteStateResponse.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const RemoteStateResponse = function (p) {
            this.payloads = [];
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * RemoteStateResponse payloads.
         * @member {Array.<gossip.Payload.$Properties>} payloads
         * @memberof gossip.RemoteStateResponse
         * @instance
         */
        RemoteStateResponse.prototype.payloads = $util.emptyArray;

        /**
         * Creates a new RemoteStateResponse instance using the specified properties.
         * @function create
         * @memberof gossip.RemoteStateResponse
         * @static
         * @param {gossip.RemoteStateResponse.$Properties=} [properties] Properties to set
         * @returns {gossip.RemoteStateResponse} RemoteStateResponse instance
         * @type {{
         *   (properties: gossip.RemoteStateResponse.$Shape): gossip.RemoteStateResponse & gossip.RemoteStateResponse.$Shape;
         *   (properties?: gossip.RemoteStateResponse.$Properties): gossip.RemoteStateResponse;
         * }}
         */
        RemoteStateResponse.create = function(properties) {
            return new RemoteStateResponse(properties);
        };

        /**
         * Encodes the specified RemoteStateResponse message. Does not implicitly {@link gossip.RemoteStateResponse.verify|verify} messages.
         * @function encode
         * @memberof gossip.RemoteStateResponse
         * @static
         * @param {gossip.RemoteStateResponse.$Properties} m RemoteStateResponse message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        RemoteStateResponse.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.payloads != null && m.payloads.length) {
                for (var i = 0; i < m.payloads.length; ++i)
                    $root.gossip.Payload.encode(m.payloads[i], w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
            }
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Decodes a RemoteStateResponse message from the specified reader or buffer.
         * @function decode
         * @memberof gossip.RemoteStateResponse
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {gossip.RemoteStateResponse & gossip.RemoteStateResponse.$Shape} RemoteStateResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        RemoteStateResponse.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.gossip.RemoteStateResponse();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 2)
                            break;
                        if (!(m.payloads && m.payloads.length))
                            m.payloads = [];
                        m.payloads.push($root.gossip.Payload.decode(r, r.size(), $undefined, q + 1));
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        /**
         * Creates a RemoteStateResponse message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof gossip.RemoteStateResponse
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {gossip.RemoteStateResponse} RemoteStateResponse
         */
        RemoteStateResponse.fromObject = function (d, q) {
            if (d instanceof $root.gossip.RemoteStateResponse)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".gossip.RemoteStateResponse: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.gossip.RemoteStateResponse();
            if (d.payloads) {
                if (!$Array.isArray(d.payloads))
                    throw $TypeError(".gossip.RemoteStateResponse.payloads: array expected");
                m.payloads = $Array(d.payloads.length);
                for (var i = 0; i < d.payloads.length; ++i) {
                    if (!$util.isObject(d.payloads[i]))
                        throw $TypeError(".gossip.RemoteStateResponse.payloads: object expected");
                    m.payloads[i] = $root.gossip.Payload.fromObject(d.payloads[i], q + 1);
                }
            }
            return m;
        };

        /**
         * Creates a plain object from a RemoteStateResponse message. Also converts values to other types if specified.
         * @function toObject
         * @memberof gossip.RemoteStateResponse
         * @static
         * @param {gossip.RemoteStateResponse} m RemoteStateResponse
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        RemoteStateResponse.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.arrays || o.defaults) {
                d.payloads = [];
            }
            if (m.payloads && m.payloads.length) {
                d.payloads = $Array(m.payloads.length);
                for (var j = 0; j < m.payloads.length; ++j) {
                    d.payloads[j] = $root.gossip.Payload.toObject(m.payloads[j], o, q + 1);
                }
            }
            return d;
        };

        /**
         * Converts this RemoteStateResponse to JSON.
         * @function toJSON
         * @memberof gossip.RemoteStateResponse
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        RemoteStateResponse.prototype.toJSON = function() {
            return RemoteStateResponse.toObject(this, $protobuf.util.toJSONOptions);
        };

        return RemoteStateResponse;
    })();

    gossip.Acknowledgement = (function() {

        /**
         * Properties of an Acknowledgement.
         * @typedef {Object} gossip.Acknowledgement.$Properties
         * @property {string|null} [error] Acknowledgement error
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of an Acknowledgement.
         * @memberof gossip
         * @interface IAcknowledgement
         * @augments gossip.Acknowledgement.$Properties
         * @deprecated Use gossip.Acknowledgement.$Properties instead.
         */

        /**
         * Shape of an Acknowledgement.
         * @typedef {gossip.Acknowledgement.$Properties} gossip.Acknowledgement.$Shape
         */

        /**
         * Constructs a new Acknowledgement.
         * @memberof gossip
         * @classdesc Represents an Acknowledgement.
         * @constructor
         * @param {gossip.Acknowledgement.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const Acknowledgement = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * Acknowledgement error.
         * @member {string} error
         * @memberof gossip.Acknowledgement
         * @instance
         */
        Acknowledgement.prototype.error = "";

        /**
         * Creates a new Acknowledgement instance using the specified properties.
         * @function create
         * @memberof gossip.Acknowledgement
         * @static
         * @param {gossip.Acknowledgement.$Properties=} [properties] Properties to set
         * @returns {gossip.Acknowledgement} Acknowledgement instance
         * @type {{
         *   (properties: gossip.Acknowledgement.$Shape): gossip.Acknowledgement & gossip.Acknowledgement.$Shape;
         *   (properties?: gossip.Acknowledgement.$Properties): gossip.Acknowledgement;
         * }}
         */
        Acknowledgement.create = function(properties) {
            return new Acknowledgement(properties);
        };

        /**
         * Encodes the specified Acknowledgement message. Does not implicitly {@link gossip.Acknowledgement.verify|verify} messages.
         * @function encode
         * @memberof gossip.Acknowledgement
         * @static
         * @param {gossip.Acknowledgement.$Properties} m Acknowledgement message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Acknowledgement.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.error != null && $Object.hasOwnProperty.call(m, "error") && m.error !== "")
                w.uint32(/* id 1, wireType 2 =*/10).string(m.error);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Decodes an Acknowledgement message from the specified reader or buffer.
         * @function decode
         * @memberof gossip.Acknowledgement
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {gossip.Acknowledgement & gossip.Acknowledgement.$Shape} Acknowledgement
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Acknowledgement.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m, v;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.gossip.Acknowledgement();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.error = v;
                        else
                            delete m.error;
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        /**
         * Creates an Acknowledgement message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof gossip.Acknowledgement
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {gossip.Acknowledgement} Acknowledgement
         */
        Acknowledgement.fromObject = function (d, q) {
            if (d instanceof $root.gossip.Acknowledgement)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".gossip.Acknowledgement: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.gossip.Acknowledgement();
            if (d.error != null) {
                if (typeof d.error !== "string" || d.error.length) {
                    m.error = $String(d.error);
                }
            }
            return m;
        };

        /**
         * Creates a plain object from an Acknowledgement message. Also converts values to other types if specified.
         * @function toObject
         * @memberof gossip.Acknowledgement
         * @static
         * @param {gossip.Acknowledgement} m Acknowledgement
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        Acknowledgement.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                d.error = "";
            }
            if (m.error != null && $Object.hasOwnProperty.call(m, "error")) {
                d.error = m.error;
            }
            return d;
        };

        /**
         * Converts this Acknowledgement to JSON.
         * @function toJSON
         * @memberof gossip.Acknowledgement
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        Acknowledgement.prototype.toJSON = function() {
            return Acknowledgement.toObject(this, $protobuf.util.toJSONOptions);
        };

        return Acknowledgement;
    })();

    gossip.TransactionMessage = (function() {

        /**
         * Properties of a TransactionMessage.
         * @typedef {Object} gossip.TransactionMessage.$Properties
         * @property {Uint8Array|null} [txId] TransactionMessage txId
         * @property {Uint8Array|null} [data] TransactionMessage data
         * @property {Uint8Array|null} [submitter] TransactionMessage submitter
         * @property {number|Long|null} [createdAtMs] TransactionMessage createdAtMs
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a TransactionMessage.
         * @memberof gossip
         * @interface ITransactionMessage
         * @augments gossip.TransactionMessage.$Properties
         * @deprecated Use gossip.TransactionMessage.$Properties instead.
         */

        /**
         * Shape of a TransactionMessage.
         * @typedef {gossip.TransactionMessage.$Properties} gossip.TransactionMessage.$Shape
         */

        /**
         * Constructs a new TransactionMessage.
         * @memberof gossip
         * @classdesc Represents a TransactionMessage.
         * @constructor
         * @param {gossip.TransactionMessage.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const TransactionMessage = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * TransactionMessage txId.
         * @member {Uint8Array} txId
         * @memberof gossip.TransactionMessage
         * @instance
         */
        TransactionMessage.prototype.txId = $util.newBuffer([]);

        /**
         * TransactionMessage data.
         * @member {Uint8Array} data
         * @memberof gossip.TransactionMessage
         * @instance
         */
        TransactionMessage.prototype.data = $util.newBuffer([]);

        /**
         * TransactionMessage submitter.
         * @member {Uint8Array} submitter
         * @memberof gossip.TransactionMessage
         * @instance
         */
        TransactionMessage.prototype.submitter = $util.newBuffer([]);

        /**
         * TransactionMessage createdAtMs.
         * @member {number|Long} createdAtMs
         * @memberof gossip.TransactionMessage
         * @instance
         */
        TransactionMessage.prototype.createdAtMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * Creates a new TransactionMessage instance using the specified properties.
         * @function create
         * @memberof gossip.TransactionMessage
         * @static
         * @param {gossip.TransactionMessage.$Properties=} [properties] Properties to set
         * @returns {gossip.TransactionMessage} TransactionMessage instance
         * @type {{
         *   (properties: gossip.TransactionMessage.$Shape): gossip.TransactionMessage & gossip.TransactionMessage.$Shape;
         *   (properties?: gossip.TransactionMessage.$Properties): gossip.TransactionMessage;
         * }}
         */
        TransactionMessage.create = function(properties) {
            return new TransactionMessage(properties);
        };

        /**
         * Encodes the specified TransactionMessage message. Does not implicitly {@link gossip.TransactionMessage.verify|verify} messages.
         * @function encode
         * @memberof gossip.TransactionMessage
         * @static
         * @param {gossip.TransactionMessage.$Properties} m TransactionMessage message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        TransactionMessage.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.txId != null && $Object.hasOwnProperty.call(m, "txId") && m.txId.length)
                w.uint32(/* id 1, wireType 2 =*/10).bytes(m.txId);
            if (m.data != null && $Object.hasOwnProperty.call(m, "data") && m.data.length)
                w.uint32(/* id 2, wireType 2 =*/18).bytes(m.data);
            if (m.submitter != null && $Object.hasOwnProperty.call(m, "submitter") && m.submitter.length)
                w.uint32(/* id 3, wireType 2 =*/26).bytes(m.submitter);
            if (m.createdAtMs != null && $Object.hasOwnProperty.call(m, "createdAtMs") && (typeof m.createdAtMs === "object" ? m.createdAtMs.low || m.createdAtMs.high : m.createdAtMs !== 0))
                w.uint32(/* id 4, wireType 0 =*/32).uint64(m.createdAtMs);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Decodes a TransactionMessage message from the specified reader or buffer.
         * @function decode
         * @memberof gossip.TransactionMessage
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {gossip.TransactionMessage & gossip.TransactionMessage.$Shape} TransactionMessage
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        TransactionMessage.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m, v;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.gossip.TransactionMessage();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 2)
                            break;
                        if ((v = r.bytes()).length)
                            m.txId = v;
                        else
                            delete m.txId;
                        continue;
                    }
                case 2: {
                        if (u !== 2)
                            break;
                        if ((v = r.bytes()).length)
                            m.data = v;
                        else
                            delete m.data;
                        continue;
                    }
                case 3: {
                        if (u !== 2)
                            break;
                        if ((v = r.bytes()).length)
                            m.submitter = v;
                        else
                            delete m.submitter;
                        continue;
                    }
                case 4: {
                        if (u !== 0)
                            break;
                        if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                            m.createdAtMs = v;
                        else
                            delete m.createdAtMs;
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        /**
         * Creates a TransactionMessage message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof gossip.TransactionMessage
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {gossip.TransactionMessage} TransactionMessage
         */
        TransactionMessage.fromObject = function (d, q) {
            if (d instanceof $root.gossip.TransactionMessage)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".gossip.TransactionMessage: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.gossip.TransactionMessage();
            if (d.txId != null) {
                if (d.txId.length) {
                    if (typeof d.txId === "string")
                        $util.base64.decode(d.txId, m.txId = $util.newBuffer($util.base64.length(d.txId)), 0);
                    else if (d.txId.length >= 0)
                        m.txId = d.txId;
                }
            }
            if (d.data != null) {
                if (d.data.length) {
                    if (typeof d.data === "string")
                        $util.base64.decode(d.data, m.data = $util.newBuffer($util.base64.length(d.data)), 0);
                    else if (d.data.length >= 0)
                        m.data = d.data;
                }
            }
            if (d.submitter != null) {
                if (d.submitter.length) {
                    if (typeof d.submitter === "string")
                        $util.base64.decode(d.submitter, m.submitter = $util.newBuffer($util.base64.length(d.submitter)), 0);
                    else if (d.submitter.length >= 0)
                        m.submitter = d.submitter;
                }
            }
            if (d.createdAtMs != null) {
                if (typeof d.createdAtMs === "object" ? d.createdAtMs.low || d.createdAtMs.high : $Number(d.createdAtMs) !== 0) {
                    if ($util.Long)
                        m.createdAtMs = $util.Long.fromValue(d.createdAtMs, true);
                    else if (typeof d.createdAtMs === "string")
                        m.createdAtMs = $parseInt(d.createdAtMs, 10);
                    else if (typeof d.createdAtMs === "number")
                        m.createdAtMs = d.createdAtMs;
                    else if (typeof d.createdAtMs === "object")
                        m.createdAtMs = new $util.LongBits(d.createdAtMs.low >>> 0, d.createdAtMs.high >>> 0).toNumber(true);
                }
            }
            return m;
        };

        /**
         * Creates a plain object from a TransactionMessage message. Also converts values to other types if specified.
         * @function toObject
         * @memberof gossip.TransactionMessage
         * @static
         * @param {gossip.TransactionMessage} m TransactionMessage
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        TransactionMessage.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                if (o.bytes === $String)
                    d.txId = "";
                else {
                    d.txId = [];
                    if (o.bytes !== $Array)
                        d.txId = $util.newBuffer(d.txId);
                }
                if (o.bytes === $String)
                    d.data = "";
                else {
                    d.data = [];
                    if (o.bytes !== $Array)
                        d.data = $util.newBuffer(d.data);
                }
                if (o.bytes === $String)
                    d.submitter = "";
                else {
                    d.submitter = [];
                    if (o.bytes !== $Array)
                        d.submitter = $util.newBuffer(d.submitter);
                }
                if ($util.Long) {
                    var n = new $util.Long(0, 0, true);
                    d.createdAtMs = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                } else
                    d.createdAtMs = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
            }
            if (m.txId != null && $Object.hasOwnProperty.call(m, "txId")) {
                d.txId = o.bytes === $String ? $util.base64.encode(m.txId, 0, m.txId.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.txId) : m.txId;
            }
            if (m.data != null && $Object.hasOwnProperty.call(m, "data")) {
                d.data = o.bytes === $String ? $util.base64.encode(m.data, 0, m.data.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.data) : m.data;
            }
            if (m.submitter != null && $Object.hasOwnProperty.call(m, "submitter")) {
                d.submitter = o.bytes === $String ? $util.base64.encode(m.submitter, 0, m.submitter.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.submitter) : m.submitter;
            }
            if (m.createdAtMs != null && $Object.hasOwnProperty.call(m, "createdAtMs")) {
                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                    d.createdAtMs = typeof m.createdAtMs === "number" ? $BigInt(m.createdAtMs) : $util.Long.fromBits(m.createdAtMs.low >>> 0, m.createdAtMs.high >>> 0, true).toBigInt();
                else if (typeof m.createdAtMs === "number")
                    d.createdAtMs = o.longs === $String ? $String(m.createdAtMs) : m.createdAtMs;
                else
                    d.createdAtMs = o.longs === $String ? $util.Long.prototype.toString.call(m.createdAtMs) : o.longs === $Number ? new $util.LongBits(m.createdAtMs.low >>> 0, m.createdAtMs.high >>> 0).toNumber(true) : m.createdAtMs;
            }
            return d;
        };

        /**
         * Converts this TransactionMessage to JSON.
         * @function toJSON
         * @memberof gossip.TransactionMessage
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        TransactionMessage.prototype.toJSON = function() {
            return TransactionMessage.toObject(this, $protobuf.util.toJSONOptions);
        };

        return TransactionMessage;
    })();

    gossip.Block = (function() {

        /**
         * Properties of a Block.
         * @typedef {Object} gossip.Block.$Properties
         * @property {Uint8Array|null} [header] Block header
         * @property {Uint8Array|null} [data] Block data
         * @property {Uint8Array|null} [signature] Block signature
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a Block.
         * @memberof gossip
         * @interface IBlock
         * @augments gossip.Block.$Properties
         * @deprecated Use gossip.Block.$Properties instead.
         */

        /**
         * Shape of a Block.
         * @typedef {gossip.Block.$Properties} gossip.Block.$Shape
         */

        /**
         * Constructs a new Block.
         * @memberof gossip
         * @classdesc Represents a Block.
         * @constructor
         * @param {gossip.Block.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const Block = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * Block header.
         * @member {Uint8Array} header
         * @memberof gossip.Block
         * @instance
         */
        Block.prototype.header = $util.newBuffer([]);

        /**
         * Block data.
         * @member {Uint8Array} data
         * @memberof gossip.Block
         * @instance
         */
        Block.prototype.data = $util.newBuffer([]);

        /**
         * Block signature.
         * @member {Uint8Array} signature
         * @memberof gossip.Block
         * @instance
         */
        Block.prototype.signature = $util.newBuffer([]);

        /**
         * Creates a new Block instance using the specified properties.
         * @function create
         * @memberof gossip.Block
         * @static
         * @param {gossip.Block.$Properties=} [properties] Properties to set
         * @returns {gossip.Block} Block instance
         * @type {{
         *   (properties: gossip.Block.$Shape): gossip.Block & gossip.Block.$Shape;
         *   (properties?: gossip.Block.$Properties): gossip.Block;
         * }}
         */
        Block.create = function(properties) {
            return new Block(properties);
        };

        /**
         * Encodes the specified Block message. Does not implicitly {@link gossip.Block.verify|verify} messages.
         * @function encode
         * @memberof gossip.Block
         * @static
         * @param {gossip.Block.$Properties} m Block message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Block.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.header != null && $Object.hasOwnProperty.call(m, "header") && m.header.length)
                w.uint32(/* id 1, wireType 2 =*/10).bytes(m.header);
            if (m.data != null && $Object.hasOwnProperty.call(m, "data") && m.data.length)
                w.uint32(/* id 2, wireType 2 =*/18).bytes(m.data);
            if (m.signature != null && $Object.hasOwnProperty.call(m, "signature") && m.signature.length)
                w.uint32(/* id 3, wireType 2 =*/26).bytes(m.signature);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Decodes a Block message from the specified reader or buffer.
         * @function decode
         * @memberof gossip.Block
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {gossip.Block & gossip.Block.$Shape} Block
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Block.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m, v;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.gossip.Block();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 2)
                            break;
                        if ((v = r.bytes()).length)
                            m.header = v;
                        else
                            delete m.header;
                        continue;
                    }
                case 2: {
                        if (u !== 2)
                            break;
                        if ((v = r.bytes()).length)
                            m.data = v;
                        else
                            delete m.data;
                        continue;
                    }
                case 3: {
                        if (u !== 2)
                            break;
                        if ((v = r.bytes()).length)
                            m.signature = v;
                        else
                            delete m.signature;
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        /**
         * Creates a Block message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof gossip.Block
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {gossip.Block} Block
         */
        Block.fromObject = function (d, q) {
            if (d instanceof $root.gossip.Block)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".gossip.Block: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.gossip.Block();
            if (d.header != null) {
                if (d.header.length) {
                    if (typeof d.header === "string")
                        $util.base64.decode(d.header, m.header = $util.newBuffer($util.base64.length(d.header)), 0);
                    else if (d.header.length >= 0)
                        m.header = d.header;
                }
            }
            if (d.data != null) {
                if (d.data.length) {
                    if (typeof d.data === "string")
                        $util.base64.decode(d.data, m.data = $util.newBuffer($util.base64.length(d.data)), 0);
                    else if (d.data.length >= 0)
                        m.data = d.data;
                }
            }
            if (d.signature != null) {
                if (d.signature.length) {
                    if (typeof d.signature === "string")
                        $util.base64.decode(d.signature, m.signature = $util.newBuffer($util.base64.length(d.signature)), 0);
                    else if (d.signature.length >= 0)
                        m.signature = d.signature;
                }
            }
            return m;
        };

        /**
         * Creates a plain object from a Block message. Also converts values to other types if specified.
         * @function toObject
         * @memberof gossip.Block
         * @static
         * @param {gossip.Block} m Block
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        Block.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                if (o.bytes === $String)
                    d.header = "";
                else {
                    d.header = [];
                    if (o.bytes !== $Array)
                        d.header = $util.newBuffer(d.header);
                }
                if (o.bytes === $String)
                    d.data = "";
                else {
                    d.data = [];
                    if (o.bytes !== $Array)
                        d.data = $util.newBuffer(d.data);
                }
                if (o.bytes === $String)
                    d.signature = "";
                else {
                    d.signature = [];
                    if (o.bytes !== $Array)
                        d.signature = $util.newBuffer(d.signature);
                }
            }
            if (m.header != null && $Object.hasOwnProperty.call(m, "header")) {
                d.header = o.bytes === $String ? $util.base64.encode(m.header, 0, m.header.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.header) : m.header;
            }
            if (m.data != null && $Object.hasOwnProperty.call(m, "data")) {
                d.data = o.bytes === $String ? $util.base64.encode(m.data, 0, m.data.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.data) : m.data;
            }
            if (m.signature != null && $Object.hasOwnProperty.call(m, "signature")) {
                d.signature = o.bytes === $String ? $util.base64.encode(m.signature, 0, m.signature.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.signature) : m.signature;
            }
            return d;
        };

        /**
         * Converts this Block to JSON.
         * @function toJSON
         * @memberof gossip.Block
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        Block.prototype.toJSON = function() {
            return Block.toObject(this, $protobuf.util.toJSONOptions);
        };

        return Block;
    })();

    gossip.BlockHeader = (function() {

        /**
         * Properties of a BlockHeader.
         * @typedef {Object} gossip.BlockHeader.$Properties
         * @property {number|Long|null} [number] BlockHeader number
         * @property {Uint8Array|null} [channel] BlockHeader channel
         * @property {Uint8Array|null} [producer] BlockHeader producer
         * @property {number|Long|null} [createdAtMs] BlockHeader createdAtMs
         * @property {Uint8Array|null} [previousHash] BlockHeader previousHash
         * @property {Uint8Array|null} [dataHash] BlockHeader dataHash
         * @property {Uint8Array|null} [producerIdentity] BlockHeader producerIdentity
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a BlockHeader.
         * @memberof gossip
         * @interface IBlockHeader
         * @augments gossip.BlockHeader.$Properties
         * @deprecated Use gossip.BlockHeader.$Properties instead.
         */

        /**
         * Shape of a BlockHeader.
         * @typedef {gossip.BlockHeader.$Properties} gossip.BlockHeader.$Shape
         */

        /**
         * Constructs a new BlockHeader.
         * @memberof gossip
         * @classdesc Represents a BlockHeader.
         * @constructor
         * @param {gossip.BlockHeader.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const BlockHeader = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * BlockHeader number.
         * @member {number|Long} number
         * @memberof gossip.BlockHeader
         * @instance
         */
        BlockHeader.prototype.number = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * BlockHeader channel.
         * @member {Uint8Array} channel
         * @memberof gossip.BlockHeader
         * @instance
         */
        BlockHeader.prototype.channel = $util.newBuffer([]);

        /**
         * BlockHeader producer.
         * @member {Uint8Array} producer
         * @memberof gossip.BlockHeader
         * @instance
         */
        BlockHeader.prototype.producer = $util.newBuffer([]);

        /**
         * BlockHeader createdAtMs.
         * @member {number|Long} createdAtMs
         * @memberof gossip.BlockHeader
         * @instance
         */
        BlockHeader.prototype.createdAtMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * BlockHeader previousHash.
         * @member {Uint8Array} previousHash
         * @memberof gossip.BlockHeader
         * @instance
         */
        BlockHeader.prototype.previousHash = $util.newBuffer([]);

        /**
         * BlockHeader dataHash.
         * @member {Uint8Array} dataHash
         * @memberof gossip.BlockHeader
         * @instance
         */
        BlockHeader.prototype.dataHash = $util.newBuffer([]);

        /**
         * BlockHeader producerIdentity.
         * @member {Uint8Array} producerIdentity
         * @memberof gossip.BlockHeader
         * @instance
         */
        BlockHeader.prototype.producerIdentity = $util.newBuffer([]);

        /**
         * Creates a new BlockHeader instance using the specified properties.
         * @function create
         * @memberof gossip.BlockHeader
         * @static
         * @param {gossip.BlockHeader.$Properties=} [properties] Properties to set
         * @returns {gossip.BlockHeader} BlockHeader instance
         * @type {{
         *   (properties: gossip.BlockHeader.$Shape): gossip.BlockHeader & gossip.BlockHeader.$Shape;
         *   (properties?: gossip.BlockHeader.$Properties): gossip.BlockHeader;
         * }}
         */
        BlockHeader.create = function(properties) {
            return new BlockHeader(properties);
        };

        /**
         * Encodes the specified BlockHeader message. Does not implicitly {@link gossip.BlockHeader.verify|verify} messages.
         * @function encode
         * @memberof gossip.BlockHeader
         * @static
         * @param {gossip.BlockHeader.$Properties} m BlockHeader message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        BlockHeader.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.number != null && $Object.hasOwnProperty.call(m, "number") && (typeof m.number === "object" ? m.number.low || m.number.high : m.number !== 0))
                w.uint32(/* id 1, wireType 0 =*/8).uint64(m.number);
            if (m.channel != null && $Object.hasOwnProperty.call(m, "channel") && m.channel.length)
                w.uint32(/* id 2, wireType 2 =*/18).bytes(m.channel);
            if (m.producer != null && $Object.hasOwnProperty.call(m, "producer") && m.producer.length)
                w.uint32(/* id 3, wireType 2 =*/26).bytes(m.producer);
            if (m.createdAtMs != null && $Object.hasOwnProperty.call(m, "createdAtMs") && (typeof m.createdAtMs === "object" ? m.createdAtMs.low || m.createdAtMs.high : m.createdAtMs !== 0))
                w.uint32(/* id 4, wireType 0 =*/32).uint64(m.createdAtMs);
            if (m.previousHash != null && $Object.hasOwnProperty.call(m, "previousHash") && m.previousHash.length)
                w.uint32(/* id 5, wireType 2 =*/42).bytes(m.previousHash);
            if (m.dataHash != null && $Object.hasOwnProperty.call(m, "dataHash") && m.dataHash.length)
                w.uint32(/* id 6, wireType 2 =*/50).bytes(m.dataHash);
            if (m.producerIdentity != null && $Object.hasOwnProperty.call(m, "producerIdentity") && m.producerIdentity.length)
                w.uint32(/* id 7, wireType 2 =*/58).bytes(m.producerIdentity);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Decodes a BlockHeader message from the specified reader or buffer.
         * @function decode
         * @memberof gossip.BlockHeader
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {gossip.BlockHeader & gossip.BlockHeader.$Shape} BlockHeader
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        BlockHeader.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m, v;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.gossip.BlockHeader();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 0)
                            break;
                        if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                            m.number = v;
                        else
                            delete m.number;
                        continue;
                    }
                case 2: {
                        if (u !== 2)
                            break;
                        if ((v = r.bytes()).length)
                            m.channel = v;
                        else
                            delete m.channel;
                        continue;
                    }
                case 3: {
                        if (u !== 2)
                            break;
                        if ((v = r.bytes()).length)
                            m.producer = v;
                        else
                            delete m.producer;
                        continue;
                    }
                case 4: {
                        if (u !== 0)
                            break;
                        if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                            m.createdAtMs = v;
                        else
                            delete m.createdAtMs;
                        continue;
                    }
                case 5: {
                        if (u !== 2)
                            break;
                        if ((v = r.bytes()).length)
                            m.previousHash = v;
                        else
                            delete m.previousHash;
                        continue;
                    }
                case 6: {
                        if (u !== 2)
                            break;
                        if ((v = r.bytes()).length)
                            m.dataHash = v;
                        else
                            delete m.dataHash;
                        continue;
                    }
                case 7: {
                        if (u !== 2)
                            break;
                        if ((v = r.bytes()).length)
                            m.producerIdentity = v;
                        else
                            delete m.producerIdentity;
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        /**
         * Creates a BlockHeader message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof gossip.BlockHeader
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {gossip.BlockHeader} BlockHeader
         */
        BlockHeader.fromObject = function (d, q) {
            if (d instanceof $root.gossip.BlockHeader)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".gossip.BlockHeader: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.gossip.BlockHeader();
            if (d.number != null) {
                if (typeof d.number === "object" ? d.number.low || d.number.high : $Number(d.number) !== 0) {
                    if ($util.Long)
                        m.number = $util.Long.fromValue(d.number, true);
                    else if (typeof d.number === "string")
                        m.number = $parseInt(d.number, 10);
                    else if (typeof d.number === "number")
                        m.number = d.number;
                    else if (typeof d.number === "object")
                        m.number = new $util.LongBits(d.number.low >>> 0, d.number.high >>> 0).toNumber(true);
                }
            }
            if (d.channel != null) {
                if (d.channel.length) {
                    if (typeof d.channel === "string")
                        $util.base64.decode(d.channel, m.channel = $util.newBuffer($util.base64.length(d.channel)), 0);
                    else if (d.channel.length >= 0)
                        m.channel = d.channel;
                }
            }
            if (d.producer != null) {
                if (d.producer.length) {
                    if (typeof d.producer === "string")
                        $util.base64.decode(d.producer, m.producer = $util.newBuffer($util.base64.length(d.producer)), 0);
                    else if (d.producer.length >= 0)
                        m.producer = d.producer;
                }
            }
            if (d.createdAtMs != null) {
                if (typeof d.createdAtMs === "object" ? d.createdAtMs.low || d.createdAtMs.high : $Number(d.createdAtMs) !== 0) {
                    if ($util.Long)
                        m.createdAtMs = $util.Long.fromValue(d.createdAtMs, true);
                    else if (typeof d.createdAtMs === "string")
                        m.createdAtMs = $parseInt(d.createdAtMs, 10);
                    else if (typeof d.createdAtMs === "number")
                        m.createdAtMs = d.createdAtMs;
                    else if (typeof d.createdAtMs === "object")
                        m.createdAtMs = new $util.LongBits(d.createdAtMs.low >>> 0, d.createdAtMs.high >>> 0).toNumber(true);
                }
            }
            if (d.previousHash != null) {
                if (d.previousHash.length) {
                    if (typeof d.previousHash === "string")
                        $util.base64.decode(d.previousHash, m.previousHash = $util.newBuffer($util.base64.length(d.previousHash)), 0);
                    else if (d.previousHash.length >= 0)
                        m.previousHash = d.previousHash;
                }
            }
            if (d.dataHash != null) {
                if (d.dataHash.length) {
                    if (typeof d.dataHash === "string")
                        $util.base64.decode(d.dataHash, m.dataHash = $util.newBuffer($util.base64.length(d.dataHash)), 0);
                    else if (d.dataHash.length >= 0)
                        m.dataHash = d.dataHash;
                }
            }
            if (d.producerIdentity != null) {
                if (d.producerIdentity.length) {
                    if (typeof d.producerIdentity === "string")
                        $util.base64.decode(d.producerIdentity, m.producerIdentity = $util.newBuffer($util.base64.length(d.producerIdentity)), 0);
                    else if (d.producerIdentity.length >= 0)
                        m.producerIdentity = d.producerIdentity;
                }
            }
            return m;
        };

        /**
         * Creates a plain object from a BlockHeader message. Also converts values to other types if specified.
         * @function toObject
         * @memberof gossip.BlockHeader
         * @static
         * @param {gossip.BlockHeader} m BlockHeader
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        BlockHeader.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                if ($util.Long) {
                    var n = new $util.Long(0, 0, true);
                    d.number = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                } else
                    d.number = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                if (o.bytes === $String)
                    d.channel = "";
                else {
                    d.channel = [];
                    if (o.bytes !== $Array)
                        d.channel = $util.newBuffer(d.channel);
                }
                if (o.bytes === $String)
                    d.producer = "";
                else {
                    d.producer = [];
                    if (o.bytes !== $Array)
                        d.producer = $util.newBuffer(d.producer);
                }
                if ($util.Long) {
                    var n = new $util.Long(0, 0, true);
                    d.createdAtMs = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                } else
                    d.createdAtMs = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                if (o.bytes === $String)
                    d.previousHash = "";
                else {
                    d.previousHash = [];
                    if (o.bytes !== $Array)
                        d.previousHash = $util.newBuffer(d.previousHash);
                }
                if (o.bytes === $String)
                    d.dataHash = "";
                else {
                    d.dataHash = [];
                    if (o.bytes !== $Array)
                        d.dataHash = $util.newBuffer(d.dataHash);
                }
                if (o.bytes === $String)
                    d.producerIdentity = "";
                else {
                    d.producerIdentity = [];
                    if (o.bytes !== $Array)
                        d.producerIdentity = $util.newBuffer(d.producerIdentity);
                }
            }
            if (m.number != null && $Object.hasOwnProperty.call(m, "number")) {
                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                    d.number = typeof m.number === "number" ? $BigInt(m.number) : $util.Long.fromBits(m.number.low >>> 0, m.number.high >>> 0, true).toBigInt();
                else if (typeof m.number === "number")
                    d.number = o.longs === $String ? $String(m.number) : m.number;
                else
                    d.number = o.longs === $String ? $util.Long.prototype.toString.call(m.number) : o.longs === $Number ? new $util.LongBits(m.number.low >>> 0, m.number.high >>> 0).toNumber(true) : m.number;
            }
            if (m.channel != null && $Object.hasOwnProperty.call(m, "channel")) {
                d.channel = o.bytes === $String ? $util.base64.encode(m.channel, 0, m.channel.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.channel) : m.channel;
            }
            if (m.producer != null && $Object.hasOwnProperty.call(m, "producer")) {
                d.producer = o.bytes === $String ? $util.base64.encode(m.producer, 0, m.producer.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.producer) : m.producer;
            }
            if (m.createdAtMs != null && $Object.hasOwnProperty.call(m, "createdAtMs")) {
                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                    d.createdAtMs = typeof m.createdAtMs === "number" ? $BigInt(m.createdAtMs) : $util.Long.fromBits(m.createdAtMs.low >>> 0, m.createdAtMs.high >>> 0, true).toBigInt();
                else if (typeof m.createdAtMs === "number")
                    d.createdAtMs = o.longs === $String ? $String(m.createdAtMs) : m.createdAtMs;
                else
                    d.createdAtMs = o.longs === $String ? $util.Long.prototype.toString.call(m.createdAtMs) : o.longs === $Number ? new $util.LongBits(m.createdAtMs.low >>> 0, m.createdAtMs.high >>> 0).toNumber(true) : m.createdAtMs;
            }
            if (m.previousHash != null && $Object.hasOwnProperty.call(m, "previousHash")) {
                d.previousHash = o.bytes === $String ? $util.base64.encode(m.previousHash, 0, m.previousHash.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.previousHash) : m.previousHash;
            }
            if (m.dataHash != null && $Object.hasOwnProperty.call(m, "dataHash")) {
                d.dataHash = o.bytes === $String ? $util.base64.encode(m.dataHash, 0, m.dataHash.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.dataHash) : m.dataHash;
            }
            if (m.producerIdentity != null && $Object.hasOwnProperty.call(m, "producerIdentity")) {
                d.producerIdentity = o.bytes === $String ? $util.base64.encode(m.producerIdentity, 0, m.producerIdentity.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.producerIdentity) : m.producerIdentity;
            }
            return d;
        };

        /**
         * Converts this BlockHeader to JSON.
         * @function toJSON
         * @memberof gossip.BlockHeader
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        BlockHeader.prototype.toJSON = function() {
            return BlockHeader.toObject(this, $protobuf.util.toJSONOptions);
        };

        return BlockHeader;
    })();

    gossip.BlockData = (function() {

        /**
         * Properties of a BlockData.
         * @typedef {Object} gossip.BlockData.$Properties
         * @property {Array.<gossip.TransactionMessage.$Properties>|null} [transactions] BlockData transactions
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a BlockData.
         * @memberof gossip
         * @interface IBlockData
         * @augments gossip.BlockData.$Properties
         * @deprecated Use gossip.BlockData.$Properties instead.
         */

        /**
         * Shape of a BlockData.
         * @typedef {gossip.BlockData.$Properties} gossip.BlockData.$Shape
         */

        /**
         * Constructs a new BlockData.
         * @memberof gossip
         * @classdesc Represents a BlockData.
         * @constructor
         * @param {gossip.BlockData.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const BlockData = function (p) {
            this.transactions = [];
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * BlockData transactions.
         * @member {Array.<gossip.TransactionMessage.$Properties>} transactions
         * @memberof gossip.BlockData
         * @instance
         */
        BlockData.prototype.transactions = $util.emptyArray;

        /**
         * Creates a new BlockData instance using the specified properties.
         * @function create
         * @memberof gossip.BlockData
         * @static
         * @param {gossip.BlockData.$Properties=} [properties] Properties to set
         * @returns {gossip.BlockData} BlockData instance
         * @type {{
         *   (properties: gossip.BlockData.$Shape): gossip.BlockData & gossip.BlockData.$Shape;
         *   (properties?: gossip.BlockData.$Properties): gossip.BlockData;
         * }}
         */
        BlockData.create = function(properties) {
            return new BlockData(properties);
        };

        /**
         * Encodes the specified BlockData message. Does not implicitly {@link gossip.BlockData.verify|verify} messages.
         * @function encode
         * @memberof gossip.BlockData
         * @static
         * @param {gossip.BlockData.$Properties} m BlockData message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        BlockData.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.transactions != null && m.transactions.length) {
                for (var i = 0; i < m.transactions.length; ++i)
                    $root.gossip.TransactionMessage.encode(m.transactions[i], w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
            }
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Decodes a BlockData message from the specified reader or buffer.
         * @function decode
         * @memberof gossip.BlockData
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {gossip.BlockData & gossip.BlockData.$Shape} BlockData
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        BlockData.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.gossip.BlockData();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 2)
                            break;
                        if (!(m.transactions && m.transactions.length))
                            m.transactions = [];
                        m.transactions.push($root.gossip.TransactionMessage.decode(r, r.size(), $undefined, q + 1));
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        /**
         * Creates a BlockData message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof gossip.BlockData
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {gossip.BlockData} BlockData
         */
        BlockData.fromObject = function (d, q) {
            if (d instanceof $root.gossip.BlockData)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".gossip.BlockData: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.gossip.BlockData();
            if (d.transactions) {
                if (!$Array.isArray(d.transactions))
                    throw $TypeError(".gossip.BlockData.transactions: array expected");
                m.transactions = $Array(d.transactions.length);
                for (var i = 0; i < d.transactions.length; ++i) {
                    if (!$util.isObject(d.transactions[i]))
                        throw $TypeError(".gossip.BlockData.transactions: object expected");
                    m.transactions[i] = $root.gossip.TransactionMessage.fromObject(d.transactions[i], q + 1);
                }
            }
            return m;
        };

        /**
         * Creates a plain object from a BlockData message. Also converts values to other types if specified.
         * @function toObject
         * @memberof gossip.BlockData
         * @static
         * @param {gossip.BlockData} m BlockData
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        BlockData.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.arrays || o.defaults) {
                d.transactions = [];
            }
            if (m.transactions && m.transactions.length) {
                d.transactions = $Array(m.transactions.length);
                for (var j = 0; j < m.transactions.length; ++j) {
                    d.transactions[j] = $root.gossip.TransactionMessage.toObject(m.transactions[j], o, q + 1);
                }
            }
            return d;
        };

        /**
         * Converts this BlockData to JSON.
         * @function toJSON
         * @memberof gossip.BlockData
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        BlockData.prototype.toJSON = function() {
            return BlockData.toObject(this, $protobuf.util.toJSONOptions);
        };

        return BlockData;
    })();

    gossip.SignalMessage = (function() {

        /**
         * Properties of a SignalMessage.
         * @typedef {Object} gossip.SignalMessage.$Properties
         * @property {Uint8Array|null} [to] SignalMessage to
         * @property {Uint8Array|null} [from] SignalMessage from
         * @property {string|null} [data] SignalMessage data
         * @property {string|null} [error] SignalMessage error
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a SignalMessage.
         * @memberof gossip
         * @interface ISignalMessage
         * @augments gossip.SignalMessage.$Properties
         * @deprecated Use gossip.SignalMessage.$Properties instead.
         */

        /**
         * Shape of a SignalMessage.
         * @typedef {gossip.SignalMessage.$Properties} gossip.SignalMessage.$Shape
         */

        /**
         * Constructs a new SignalMessage.
         * @memberof gossip
         * @classdesc Represents a SignalMessage.
         * @constructor
         * @param {gossip.SignalMessage.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const SignalMessage = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * SignalMessage to.
         * @member {Uint8Array} to
         * @memberof gossip.SignalMessage
         * @instance
         */
        SignalMessage.prototype.to = $util.newBuffer([]);

        /**
         * SignalMessage from.
         * @member {Uint8Array} from
         * @memberof gossip.SignalMessage
         * @instance
         */
        SignalMessage.prototype.from = $util.newBuffer([]);

        /**
         * SignalMessage data.
         * @member {string} data
         * @memberof gossip.SignalMessage
         * @instance
         */
        SignalMessage.prototype.data = "";

        /**
         * SignalMessage error.
         * @member {string} error
         * @memberof gossip.SignalMessage
         * @instance
         */
        SignalMessage.prototype.error = "";

        /**
         * Creates a new SignalMessage instance using the specified properties.
         * @function create
         * @memberof gossip.SignalMessage
         * @static
         * @param {gossip.SignalMessage.$Properties=} [properties] Properties to set
         * @returns {gossip.SignalMessage} SignalMessage instance
         * @type {{
         *   (properties: gossip.SignalMessage.$Shape): gossip.SignalMessage & gossip.SignalMessage.$Shape;
         *   (properties?: gossip.SignalMessage.$Properties): gossip.SignalMessage;
         * }}
         */
        SignalMessage.create = function(properties) {
            return new SignalMessage(properties);
        };

        /**
         * Encodes the specified SignalMessage message. Does not implicitly {@link gossip.SignalMessage.verify|verify} messages.
         * @function encode
         * @memberof gossip.SignalMessage
         * @static
         * @param {gossip.SignalMessage.$Properties} m SignalMessage message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        SignalMessage.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.to != null && $Object.hasOwnProperty.call(m, "to") && m.to.length)
                w.uint32(/* id 1, wireType 2 =*/10).bytes(m.to);
            if (m.from != null && $Object.hasOwnProperty.call(m, "from") && m.from.length)
                w.uint32(/* id 2, wireType 2 =*/18).bytes(m.from);
            if (m.data != null && $Object.hasOwnProperty.call(m, "data") && m.data !== "")
                w.uint32(/* id 3, wireType 2 =*/26).string(m.data);
            if (m.error != null && $Object.hasOwnProperty.call(m, "error") && m.error !== "")
                w.uint32(/* id 4, wireType 2 =*/34).string(m.error);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Decodes a SignalMessage message from the specified reader or buffer.
         * @function decode
         * @memberof gossip.SignalMessage
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {gossip.SignalMessage & gossip.SignalMessage.$Shape} SignalMessage
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        SignalMessage.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m, v;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.gossip.SignalMessage();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 2)
                            break;
                        if ((v = r.bytes()).length)
                            m.to = v;
                        else
                            delete m.to;
                        continue;
                    }
                case 2: {
                        if (u !== 2)
                            break;
                        if ((v = r.bytes()).length)
                            m.from = v;
                        else
                            delete m.from;
                        continue;
                    }
                case 3: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.data = v;
                        else
                            delete m.data;
                        continue;
                    }
                case 4: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.error = v;
                        else
                            delete m.error;
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        /**
         * Creates a SignalMessage message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof gossip.SignalMessage
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {gossip.SignalMessage} SignalMessage
         */
        SignalMessage.fromObject = function (d, q) {
            if (d instanceof $root.gossip.SignalMessage)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".gossip.SignalMessage: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.gossip.SignalMessage();
            if (d.to != null) {
                if (d.to.length) {
                    if (typeof d.to === "string")
                        $util.base64.decode(d.to, m.to = $util.newBuffer($util.base64.length(d.to)), 0);
                    else if (d.to.length >= 0)
                        m.to = d.to;
                }
            }
            if (d.from != null) {
                if (d.from.length) {
                    if (typeof d.from === "string")
                        $util.base64.decode(d.from, m.from = $util.newBuffer($util.base64.length(d.from)), 0);
                    else if (d.from.length >= 0)
                        m.from = d.from;
                }
            }
            if (d.data != null) {
                if (typeof d.data !== "string" || d.data.length) {
                    m.data = $String(d.data);
                }
            }
            if (d.error != null) {
                if (typeof d.error !== "string" || d.error.length) {
                    m.error = $String(d.error);
                }
            }
            return m;
        };

        /**
         * Creates a plain object from a SignalMessage message. Also converts values to other types if specified.
         * @function toObject
         * @memberof gossip.SignalMessage
         * @static
         * @param {gossip.SignalMessage} m SignalMessage
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        SignalMessage.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                if (o.bytes === $String)
                    d.to = "";
                else {
                    d.to = [];
                    if (o.bytes !== $Array)
                        d.to = $util.newBuffer(d.to);
                }
                if (o.bytes === $String)
                    d.from = "";
                else {
                    d.from = [];
                    if (o.bytes !== $Array)
                        d.from = $util.newBuffer(d.from);
                }
                d.data = "";
                d.error = "";
            }
            if (m.to != null && $Object.hasOwnProperty.call(m, "to")) {
                d.to = o.bytes === $String ? $util.base64.encode(m.to, 0, m.to.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.to) : m.to;
            }
            if (m.from != null && $Object.hasOwnProperty.call(m, "from")) {
                d.from = o.bytes === $String ? $util.base64.encode(m.from, 0, m.from.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.from) : m.from;
            }
            if (m.data != null && $Object.hasOwnProperty.call(m, "data")) {
                d.data = m.data;
            }
            if (m.error != null && $Object.hasOwnProperty.call(m, "error")) {
                d.error = m.error;
            }
            return d;
        };

        /**
         * Converts this SignalMessage to JSON.
         * @function toJSON
         * @memberof gossip.SignalMessage
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        SignalMessage.prototype.toJSON = function() {
            return SignalMessage.toObject(this, $protobuf.util.toJSONOptions);
        };

        return SignalMessage;
    })();

    return gossip;
})();

export {
  $root as default
};
