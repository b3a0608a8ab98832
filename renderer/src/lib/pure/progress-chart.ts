/**
 * Geometry of the "My progress" charts, with d3-scale and d3-shape (no hand-rolled maths): plain data in,
 * SVG path strings and positions out, so the Svelte component only draws and this is unit-tested.
 * Each label has its own dash pattern and marker shape, so the lines are told apart without colour.
 */
import { scaleLinear, scalePoint } from 'd3-scale';
import { line, symbol, symbolCircle, symbolDiamond, symbolSquare, symbolTriangle, type SymbolType } from 'd3-shape';
import { LABELS, type Label } from '../../../../electron/shared/domain.js';

export interface DayPoint {
  day: string;
  label: Label;
  total: number;
  correct: number;
}

export const SERIES_STYLE: Record<Label, { dash: string; symbol: SymbolType; shape: string }> = {
  reported: { dash: '', symbol: symbolCircle, shape: 'circle' },
  quoted: { dash: '8 4', symbol: symbolSquare, shape: 'square' },
  commentary: { dash: '2 4', symbol: symbolTriangle, shape: 'triangle' },
  not_article: { dash: '12 4 2 4', symbol: symbolDiamond, shape: 'diamond' },
};

export interface ChartBox {
  width: number;
  height: number;
  margin: { top: number; right: number; bottom: number; left: number };
}

export const ACCURACY_BOX: ChartBox = { width: 640, height: 260, margin: { top: 16, right: 170, bottom: 36, left: 44 } };

export interface AccuracySeries {
  label: Label;
  path: string;
  marker: string;
  points: Array<{ x: number; y: number; day: string; percent: number; total: number }>;
  end: { x: number; y: number } | null;
}

export function percentOf(correct: number, total: number): number {
  return total === 0 ? 0 : Math.round((100 * correct) / total);
}

export function accuracyChart(points: readonly DayPoint[], box: ChartBox = ACCURACY_BOX) {
  const days = [...new Set(points.map((p) => p.day))].sort();
  const x = scalePoint<string>()
    .domain(days)
    .range([box.margin.left, box.width - box.margin.right])
    .padding(days.length === 1 ? 0.5 : 0.1);
  const y = scaleLinear()
    .domain([0, 100])
    .range([box.height - box.margin.bottom, box.margin.top]);
  const draw = line<{ x: number; y: number }>()
    .x((p) => p.x)
    .y((p) => p.y);
  const series: AccuracySeries[] = LABELS.map((label) => {
    const mine = points
      .filter((p) => p.label === label && p.total > 0)
      .map((p) => ({
        x: x(p.day) ?? 0,
        y: y(percentOf(p.correct, p.total)),
        day: p.day,
        percent: percentOf(p.correct, p.total),
        total: p.total,
      }));
    const last = mine[mine.length - 1];
    return {
      label,
      path: draw(mine) ?? '',
      marker: symbol(SERIES_STYLE[label].symbol, 64)() ?? '',
      points: mine,
      end: last ? { x: last.x, y: last.y } : null,
    };
  }).filter((s) => s.points.length > 0);
  return {
    series,
    xTicks: days.map((d) => ({ x: x(d) ?? 0, text: d.slice(5) })),
    yTicks: y.ticks(5).map((t) => ({ y: y(t), text: `${t}%` })),
    box,
  };
}

/** Labels at the ends of the lines, nudged apart so they never overlap (12 px at least). */
export function spreadEndLabels(ends: Array<{ label: Label; y: number }>, gap = 14): Array<{ label: Label; y: number }> {
  const sorted = [...ends].sort((a, b) => a.y - b.y).map((e) => ({ ...e }));
  for (let i = 1; i < sorted.length; i++) if (sorted[i]!.y - sorted[i - 1]!.y < gap) sorted[i]!.y = sorted[i - 1]!.y + gap;
  return sorted;
}

export function calibrationBars(
  calibration: { sure: { total: number; correct: number }; unsure: { total: number; correct: number } },
  width = 360,
) {
  const x = scaleLinear().domain([0, 100]).range([0, width]);
  return (['sure', 'unsure'] as const).map((k) => {
    const t = calibration[k];
    const percent = percentOf(t.correct, t.total);
    return { key: k, total: t.total, correct: t.correct, percent, width: t.total === 0 ? 0 : x(percent) };
  });
}
