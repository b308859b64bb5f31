// Tests of pure logic and of the data layer run in node (no DOM to build per file): only IndexedDB is faked.
import 'fake-indexeddb/auto';
import { isolateFile } from './utils/isolateFile';

isolateFile();
