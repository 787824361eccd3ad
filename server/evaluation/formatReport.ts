/** Plain-text report of a corpus score, with misses and false positives per article. */
import type { Score } from './Counts.js';
import type { ArticleScore } from './scoreArticle.js';
import type { CorpusScore } from './scoreCorpus.js';

function row(label: string, s: Score): string {
  const pct = (x: number) => x.toFixed(3).padStart(6);
  return `${label.padEnd(14)} P ${pct(s.precision)}  R ${pct(s.recall)}  F1 ${pct(s.f1)}   (tp ${s.tp}, fp ${s.fp}, fn ${s.fn})`;
}

export function formatReport(
  corpus: CorpusScore,
  articles: { name: string; score: ArticleScore }[],
  details = true,
): string {
  const lines = ['Entities'];
  for (const [kind, s] of Object.entries(corpus.entityKinds)) lines.push(`  ${row(kind, s)}`);
  lines.push(`  ${row('overall', corpus.entities)}`, 'Relations');
  for (const [type, s] of Object.entries(corpus.relationTypes)) lines.push(`  ${row(type, s)}`);
  lines.push(`  ${row('overall', corpus.relations)}`);
  if (details) {
    for (const { name, score } of articles) {
      if (score.misses.length + score.falsePositives.length === 0) continue;
      lines.push('', `== ${name}`);
      for (const m of score.misses) lines.push(`  miss  ${m}`);
      for (const f of score.falsePositives) lines.push(`  false ${f}`);
    }
  }
  return lines.join('\n');
}
