import type { DecodedFrame } from '../comm/frame.js';
import { dropped, news, TAKEN, type Verdict } from '../contracts/index.js';
import type { PkiId } from '../ids.js';
import type { ChannelBlocks } from './channel-blocks.js';
import { type ChannelDeps, channelPush, mayBelong } from './context.js';
import type { ChannelLeadership } from './leadership.js';
import type { StateInfoTable } from './state-info.js';
import type { StateTransfer } from './state-transfer.js';
import type { ChannelTransactions } from './transactions.js';

/** A case of the routing table: takes a message of its kind and says what became of it. */
export type ChannelRoute = (frame: DecodedFrame, from: PkiId) => Verdict;

/** The kinds a channel takes, with the route of each. */
export type ChannelRoutes = Record<
  | 'dataMsg'
  | 'hello'
  | 'dataDig'
  | 'dataReq'
  | 'dataUpdate'
  | 'stateRequest'
  | 'stateResponse'
  | 'leadershipMsg'
  | 'txMsg'
  | 'stateInfo'
  | 'stateInfoPullReq',
  ChannelRoute
>;

/** The parts of one channel its routes hand messages to. */
export interface RoutedChannel {
  deps: ChannelDeps;
  hasLeft(): boolean;
  blocks: ChannelBlocks;
  stateTransfer: StateTransfer;
  leadership: ChannelLeadership;
  transactions: ChannelTransactions;
  stateInfo: StateInfoTable;
  answerStateInfoPull(from: PkiId): Verdict;
}

/**
 * This channel's cases of the peer's routing table. Those named by the
 * channel field take nothing from outsiders, and after a leave nothing but
 * state requests (a peer that left still serves its blocks); StateInfo and
 * its pull requests are matched to the channel by their MAC instead.
 */
export function channelRoutes(channel: RoutedChannel): ChannelRoutes {
  const { deps, blocks, stateTransfer, leadership, transactions, stateInfo } = channel;
  const member = (route: ChannelRoute, whenLeft = false): ChannelRoute => {
    return (frame, from) => {
      if (channel.hasLeft() && !whenLeft) return dropped('not-joined');
      if (!mayBelong(deps, from)) return dropped('not-member');
      return route(frame, from);
    };
  };
  // The pull engine and the block checks behind a state response record their own refusals.
  const pull = member((frame, from) => {
    blocks.pull.handle(frame.message, from);
    return TAKEN;
  });
  return {
    dataMsg: member((frame, from) => blocks.receivePushed(frame.message, frame.envelope, from)),
    hello: pull,
    dataDig: pull,
    dataReq: pull,
    dataUpdate: pull,
    stateRequest: member((frame, from) => stateTransfer.handleRequest(frame.message, from), true),
    stateResponse: member((frame, from) => {
      stateTransfer.handleResponse(frame.message, from);
      return TAKEN;
    }),
    leadershipMsg: member((frame, from) =>
      leadership.handle(frame.envelope, frame.payload, frame.message, from),
    ),
    txMsg: member((frame, from) => transactions.receive(frame.message, frame.envelope, from)),
    stateInfo: (frame, from) => {
      const verdict = stateInfo.handle(frame.envelope, frame.payload, frame.message, from);
      return verdict.outcome === 'new' ? news(channelPush(deps, frame.envelope, 'stateInfo', from)) : verdict;
    },
    stateInfoPullReq: (_frame, from) => channel.answerStateInfoPull(from),
  };
}
