import { memoryHarness, webRtcHarness, webSocketHarness } from './harnesses.js';
import { linkContract } from './link-contract.js';

linkContract(memoryHarness());
linkContract(webSocketHarness());
linkContract(webRtcHarness());
