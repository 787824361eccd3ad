/** The store contract on the embedded (Kuzu) store, in a fresh temporary directory per test. */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createKuzuStore } from '../../server/store/kuzu/createKuzuStore.js';
import { describeStoreContract } from './describeStoreContract.js';

const root = mkdtempSync(path.join(os.tmpdir(), 'entente-contract-'));
let dir = root;
let count = 0;

afterAll(() => rmSync(root, { recursive: true, force: true }));

describeStoreContract('embedded store', {
  open: () => {
    count += 1;
    dir = path.join(root, String(count));
    return createKuzuStore({ dataDir: dir });
  },
  reopen: () => createKuzuStore({ dataDir: dir }),
});
