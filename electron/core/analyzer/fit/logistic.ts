/**
 * Multinomial logistic regression with an L2 penalty, fitted by L-BFGS: small, dependency-free and
 * deterministic (no randomness; the same samples in the same order give the same weights, bit for bit).
 *
 *   loss(W, b) = Σ_i w_i · (log Σ_c exp z_ic − z_i,y_i) / Σ_i w_i  +  λ/2 · ‖W − W₀‖²,   z_i = x_i·W + b
 *
 * Sample weights w_i carry the label and source balancing; W₀ is the centre the penalty pulls towards
 * (zero, or a prior table). The bias is not penalised.
 */

/** One sample: a sparse feature row, its label index and its weight. */
export interface Sample {
  index: Int32Array;
  value: Float64Array;
  label: number;
  weight: number;
}

export interface FitOptions {
  /** L2 strength */
  lambda: number;
  /** L-BFGS iterations at most */
  iterations: number;
  /** the centre of the penalty and the starting point: features × labels (row-major), then the bias; zero when absent */
  centre?: Float64Array;
}

export interface Model {
  features: number;
  labels: number;
  /** features × labels, row-major: weight of feature k for label c at k * labels + c */
  weights: Float64Array;
  bias: Float64Array;
}

/** Label scores of one sample. */
export function scoresOf(m: Model, s: Pick<Sample, 'index' | 'value'>, out = new Float64Array(m.labels)): Float64Array {
  out.set(m.bias);
  for (let j = 0; j < s.index.length; j++) {
    const o = s.index[j]! * m.labels;
    const v = s.value[j]!;
    for (let c = 0; c < m.labels; c++) out[c]! += m.weights[o + c]! * v;
  }
  return out;
}

export function predict(m: Model, s: Pick<Sample, 'index' | 'value'>): number {
  const z = scoresOf(m, s);
  let best = 0;
  for (let c = 1; c < z.length; c++) if (z[c]! > z[best]!) best = c;
  return best;
}

/** Loss and gradient at θ = [weights, bias]. */
function lossAndGradient(
  theta: Float64Array,
  grad: Float64Array,
  samples: readonly Sample[],
  d: number,
  k: number,
  opts: FitOptions,
): number {
  const wCount = d * k;
  grad.fill(0);
  let total = 0;
  let weightSum = 0;
  const z = new Float64Array(k);
  for (const s of samples) {
    z.set(theta.subarray(wCount, wCount + k));
    for (let j = 0; j < s.index.length; j++) {
      const o = s.index[j]! * k;
      const v = s.value[j]!;
      for (let c = 0; c < k; c++) z[c]! += theta[o + c]! * v;
    }
    let max = z[0]!;
    for (let c = 1; c < k; c++) if (z[c]! > max) max = z[c]!;
    const own = z[s.label]! - max;
    let sum = 0;
    for (let c = 0; c < k; c++) {
      z[c] = Math.exp(z[c]! - max);
      sum += z[c]!;
    }
    // z now holds unnormalised probabilities; the loss is log Σ exp(z − max) − (z_y − max)
    total += s.weight * (Math.log(sum) - own);
    weightSum += s.weight;
    for (let c = 0; c < k; c++) {
      const r = s.weight * (z[c]! / sum - (c === s.label ? 1 : 0));
      grad[wCount + c]! += r;
      for (let j = 0; j < s.index.length; j++) grad[s.index[j]! * k + c]! += r * s.value[j]!;
    }
  }
  let loss = total / weightSum;
  for (let i = 0; i < grad.length; i++) grad[i]! /= weightSum;
  for (let i = 0; i < wCount; i++) {
    const diff = theta[i]! - (opts.centre ? opts.centre[i]! : 0);
    loss += 0.5 * opts.lambda * diff * diff;
    grad[i]! += opts.lambda * diff;
  }
  return loss;
}

function dot(a: Float64Array, b: Float64Array): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i]! * b[i]!;
  return s;
}

/** Fit by L-BFGS (memory 10) with a backtracking (Armijo) line search. */
export function fitSoftmax(samples: readonly Sample[], d: number, k: number, opts: FitOptions): Model {
  const n = d * k + k;
  const theta = new Float64Array(n);
  if (opts.centre) theta.set(opts.centre);
  const grad = new Float64Array(n);
  let loss = lossAndGradient(theta, grad, samples, d, k, opts);
  const memory = 10;
  const sList: Float64Array[] = [];
  const yList: Float64Array[] = [];
  const rho: number[] = [];
  const next = new Float64Array(n);
  const nextGrad = new Float64Array(n);
  for (let it = 0; it < opts.iterations; it++) {
    // two-loop recursion: direction = −H·grad
    const q = Float64Array.from(grad);
    const alpha: number[] = [];
    for (let m = sList.length - 1; m >= 0; m--) {
      const a = rho[m]! * dot(sList[m]!, q);
      alpha[m] = a;
      for (let i = 0; i < n; i++) q[i]! -= a * yList[m]![i]!;
    }
    if (sList.length > 0) {
      const last = sList.length - 1;
      const gamma = dot(sList[last]!, yList[last]!) / dot(yList[last]!, yList[last]!);
      for (let i = 0; i < n; i++) q[i]! *= gamma;
    }
    for (let m = 0; m < sList.length; m++) {
      const b = rho[m]! * dot(yList[m]!, q);
      for (let i = 0; i < n; i++) q[i]! += sList[m]![i]! * (alpha[m]! - b);
    }
    for (let i = 0; i < n; i++) q[i] = -q[i]!;
    let slope = dot(grad, q);
    if (slope >= 0) {
      // not a descent direction: fall back to steepest descent and forget the history
      for (let i = 0; i < n; i++) q[i] = -grad[i]!;
      slope = dot(grad, q);
      sList.length = yList.length = rho.length = 0;
    }
    let step = 1;
    let nextLoss = Infinity;
    for (let tries = 0; tries < 30; tries++) {
      for (let i = 0; i < n; i++) next[i] = theta[i]! + step * q[i]!;
      nextLoss = lossAndGradient(next, nextGrad, samples, d, k, opts);
      if (nextLoss <= loss + 1e-4 * step * slope) break;
      step /= 2;
    }
    if (!(nextLoss < loss)) break;
    const sVec = new Float64Array(n);
    const yVec = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      sVec[i] = next[i]! - theta[i]!;
      yVec[i] = nextGrad[i]! - grad[i]!;
    }
    const sy = dot(sVec, yVec);
    if (sy > 1e-12) {
      sList.push(sVec);
      yList.push(yVec);
      rho.push(1 / sy);
      if (sList.length > memory) {
        sList.shift();
        yList.shift();
        rho.shift();
      }
    }
    const improvement = loss - nextLoss;
    theta.set(next);
    grad.set(nextGrad);
    loss = nextLoss;
    if (improvement < 1e-10) break;
  }
  return { features: d, labels: k, weights: theta.slice(0, d * k), bias: theta.slice(d * k) };
}
