import { workerFlags } from '../../../documents/renderPool/pool';

describe('the flags the document workers inherit', () => {
  it('leave out the heap sizes worker threads refuse (npm start caps the old generation)', () => {
    expect(
      workerFlags(['--max-old-space-size=1024', '--enable-source-maps', '--max-semi-space-size=16', '--import', 'x']),
    ).toEqual(['--enable-source-maps', '--import', 'x']);
  });
});
