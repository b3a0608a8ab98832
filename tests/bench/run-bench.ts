/**
 * `npm run bench`: every area's figures, with targets and ratios. `npm run bench -- --json` prints one
 * JSON object, each area under its own key ("app", "analyzer"), for machines to read.
 */
import { benchApp } from './app.bench.js';
import { benchAnalyzer } from './analyzer.bench.js';
import { round } from './stats.js';
import { benchPacks } from './packs.bench.js';
import { benchLibrary } from './library.bench.js';
import { benchDurability } from './durability.bench.js';
import { benchResults } from './results.bench.js';

async function main(): Promise<void> {
  const json = process.argv.includes('--json');
  const app = await benchApp();
  const analyzer = await benchAnalyzer();
  const packs = await benchPacks();
  const library = await benchLibrary();
  const durability = await benchDurability();
  const results = await benchResults();
  if (json) {
    process.stdout.write(JSON.stringify({ app, analyzer, packs, library, durability, results }) + '\n');
    return;
  }
  const line = (name: string, value: string, note = '') => console.log(`  ${name.padEnd(44)} ${value.padStart(12)}  ${note}`);
  console.log('app');
  line(
    'cold start to first screen (median of 5)',
    `${app.coldStartToFirstScreenMs} ms`,
    `host ready ${app.hostReadyMs} ms; page to first screen ${app.pageToFirstScreenMs} ms (the rest is Chromium opening a tab)`,
  );
  line(
    'answer→feedback, HTTP bridge p50 / p95',
    `${app.answerRoundTripHttpP50Ms} / ${app.answerRoundTripHttpP95Ms} ms`,
    `target p95 < 50 ms: ${app.answerRoundTripHttpP95Ms < 50 ? 'met' : 'MISSED'} (${app.answerSamples} answers)`,
  );
  line(
    'answer→feedback, in process p50 / p95',
    `${app.answerRoundTripDirectP50Ms} / ${app.answerRoundTripDirectP95Ms} ms`,
    `HTTP costs ${round(app.answerRoundTripHttpP50Ms / app.answerRoundTripDirectP50Ms, 1)}× in-process at p50`,
  );
  line(
    'hint: first / later p50',
    `${app.firstHintMs} / ${app.laterHintP50Ms} ms`,
    'the analyzer loads on the first hint, not at start-up',
  );
  line(
    'renderer bundle (raw / gzip)',
    `${round(app.bundleBytes / 1024, 1)} / ${round(app.bundleGzipBytes / 1024, 1)} KiB`,
    `gzip ratio ${round(app.bundleGzipBytes / app.bundleBytes)}`,
  );
  console.log('analyzer');
  line('throughput', `${analyzer.mbPerSecond} MB/s`, `${analyzer.passagesPerSecond} passages/s`);
  line('1,000-word article', `${analyzer.msPer1000Words} ms`, `target < 5 ms: ${analyzer.msPer1000Words < 5 ? 'met' : 'MISSED'}`);
  line(
    'segmentation alone (the floor)',
    `${analyzer.segmentationMbPerSecond} MB/s`,
    `analysis costs ${analyzer.ratioToSegmentation}× segmentation (no target: withdrawn in issue 9)`,
  );
  console.log('packs');
  line(
    `export ${packs.lessons} lessons (median of ${packs.runs})`,
    `${packs.exportSeconds} s`,
    `one pack of ${round(packs.packBytes / 1024, 1)} KiB, through the job; CPU ${packs.exportCpuSeconds} s`,
  );
  line(
    `import ${packs.lessons} lessons, fresh install`,
    `${packs.importSeconds} s`,
    `CPU ${packs.importCpuSeconds} s; preview alone ${packs.previewSeconds} s`,
  );
  line('import the same pack again', `${packs.reimportSeconds} s`, 'every lesson a duplicate, nothing written');
  console.log('teacher workspace');
  line(
    `import ${library.importFiles} saved pages → keyed-ready`,
    `${library.importArticlesPerSecond} articles/s`,
    `${library.importSeconds} s, ${library.importPassages} passages proposed`,
  );
  line(
    `FTS search, ${library.searchArticles} articles, p50 / p95`,
    `${library.searchP50Ms} / ${library.searchP95Ms} ms`,
    `${library.searchQueries} queries, highlighted title and snippet`,
  );
  line(
    'read one saved page (slowest real / 20,000 deep)',
    `${library.readSlowestRealPageMs} / ${library.readDeep20000Ms} ms`,
    library.readSlowestRealPage,
  );
  console.log('durability');
  line(
    'answer, synchronous=FULL p50 / p95',
    `${durability.answerFullP50Ms} / ${durability.answerFullP95Ms} ms`,
    `NORMAL: ${durability.answerNormalP50Ms} / ${durability.answerNormalP95Ms} ms (${durability.samples} answers each)`,
  );
  line(
    'answer during a 3.5 MB analysis p50 / p95',
    `${durability.answerDuringAnalysisP50Ms} / ${durability.answerDuringAnalysisP95Ms} ms`,
    `the analysis took ${durability.analysisMs} ms in its worker thread`,
  );
  console.log('results');
  line(
    `import ${results.importAnswers} answers (40 files)`,
    `${results.importAnswersPerSecond} /s`,
    `${results.importAnswersPerCpuSecond} answers per CPU-second (load average ${results.loadAverage} on 2 cores)`,
  );
  line(
    `class report at ${results.reportAnswers} answers p50 / p95`,
    `${results.reportP50Ms} / ${results.reportP95Ms} ms`,
    `CPU p50 / p95 ${results.reportCpuP50Ms} / ${results.reportCpuP95Ms} ms; target p95 < 100 ms: ${results.reportP95Ms < 100 ? 'met' : 'MISSED (wall)'}`,
  );
  line(
    `responses CSV, ${results.csvAnswers} answers`,
    `${results.csvSeconds} s`,
    `CPU ${results.csvCpuSeconds} s; ${results.csvMegabytes} MB; peak memory growth ${results.csvPeakRssGrowthMb} MB (target < 5 s: ${results.csvSeconds < 5 ? 'met' : 'MISSED'})`,
  );
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
