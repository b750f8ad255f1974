#!/usr/bin/env python3
"""Fits the polynomial coefficients of Sources/Codegen/VectorMath.swift (f32 exp, tanh, erf, log).

Each kernel approximates a smooth function g on an interval by a polynomial P in a variable s;
the fit minimizes the maximum *weighted* error |w(s)·(P(s) − g(s))|, where w turns an error in P
into the error of the final function (relative error for exp/tanh/log, absolute for erf ≈ 1).
Method: Lawson's iteratively reweighted least squares on Chebyshev nodes, which converges to the
minimax polynomial. Coefficients are then rounded to float32 one at a time, lowest degree first,
refitting the remaining ones after each rounding so the rounding errors are absorbed.

Run: python3 tools/fit-vecmath.py  (numpy only; prints Swift arrays to paste into VectorMath.swift)
Offline only: the compiler never runs Python.
"""
import math
import numpy as np

F32_EPS = 2.0 ** -24  # half an ulp of 1.0f (unit roundoff)


def lawson(s, g, w, degree, fixed=()):
    """Minimax-weighted fit of sum_k c_k s^k (k < len(fixed) fixed) to g; returns coefficients."""
    fixed = list(fixed)
    k0 = len(fixed)
    base = np.zeros_like(s)
    for k, c in enumerate(fixed):
        base += c * s ** k
    a = np.stack([s ** k for k in range(k0, degree + 1)], axis=1) * w[:, None]
    b = (g - base) * w
    lw = np.ones_like(s) / len(s)
    best, best_err = None, math.inf
    for _ in range(200):
        sw = np.sqrt(lw)
        c, *_ = np.linalg.lstsq(a * sw[:, None], b * sw, rcond=None)
        err = np.abs(a @ c - b)
        if err.max() < best_err:
            best, best_err = c, err.max()
        lw = lw * err
        lw /= lw.sum()
    return fixed + list(best)


def fit_f32(s, g, w, degree):
    """Fits, then rounds coefficients to f32 one by one from degree 0, refitting the rest."""
    fixed = []
    for k in range(degree + 1):
        c = lawson(s, g, w, degree, fixed)
        fixed.append(float(np.float32(c[k])))
    return fixed


def horner(c, s):
    r = np.zeros_like(s)
    for ck in reversed(c):
        r = r * s + ck
    return r


def nodes(lo, hi, n=2000):
    k = np.arange(n)
    return (lo + hi) / 2 + (hi - lo) / 2 * np.cos(math.pi * (k + 0.5) / n)


def report(name, c, err):
    print(f"// {name}: max weighted error {err:.3e} ({err / F32_EPS:.3f} × 2^-24)")
    print("[" + ", ".join(repr(float(np.float32(x))) for x in c) + "]")


def main():
    # exp(r) = 1 + r + r² P(r), |r| ≤ ln2/2 (+ slack for the rounding of n); relative error.
    r = nodes(-0.3467, 0.3467)
    g = (np.exp(r) - 1 - r) / r ** 2
    w = r ** 2 / np.exp(r)
    c = fit_f32(r, g, w, 4)
    report("exp P(r) degree 4, |r| ≤ 0.3467, relative", c, np.max(np.abs(w * (horner(c, r) - g))))

    # tanh(x) = x + x³ P(x²), |x| ≤ 0.625; relative error.
    x = nodes(1e-4, 0.625)
    s = x * x
    g = (np.tanh(x) - x) / x ** 3
    w = x ** 3 / np.tanh(x)
    c = fit_f32(s, g, w, 4)
    report("tanh P(x²) degree 4, |x| ≤ 0.625, relative", c, np.max(np.abs(w * (horner(c, s) - g))))

    # erf(x) = x + x Q(x²), |x| ≤ 0.921875 (x exact, so 2/√π's rounding does not count); relative.
    verf = np.vectorize(math.erf)
    verfc = np.vectorize(math.erfc)
    t = 0.921875
    x = nodes(1e-4, t)
    s = x * x
    g = verf(x) / x - 1
    w = x / verf(x)
    for d in (5, 6):
        c = fit_f32(s, g, w, d)
        report(f"erf Q(x²) degree {d}, |x| ≤ {t}, relative", c, np.max(np.abs(w * (horner(c, s) - g))))

    # erf(x) = 1 − exp(−x²) R(x − 2.5), t ≤ x ≤ 4, R = erfc·exp(x²); absolute error in erf.
    # The shift keeps Horner's terms small (no cancellation between large alternating terms).
    x = nodes(t, 4.0)
    u = x - 2.5
    g = verfc(x) * np.exp(x * x)
    w = np.exp(-x * x)
    for d in (8, 9):
        c = fit_f32(u, g, w, d)
        report(f"erfc R(x − 2.5) degree {d}, {t} ≤ x ≤ 4, absolute", c, np.max(np.abs(w * (horner(c, u) - g))))

    # log(1+f) = f − f²/2 + f³ P(f), √½−1 ≤ f ≤ √2−1; error relative to log(1+f).
    f = nodes(math.sqrt(0.5) - 1, math.sqrt(2) - 1)
    f = f[np.abs(f) > 1e-6]
    g = (np.log1p(f) - f + f * f / 2) / f ** 3
    w = f ** 3 / np.log1p(f)
    c = fit_f32(f, g, w, 7)
    report("log P(f) degree 7, relative", c, np.max(np.abs(w * (horner(c, f) - g))))


if __name__ == "__main__":
    main()
