#!/usr/bin/env node
import { launch } from './launch.js';

await launch('peer-cli', 'webgossip-peer');
