#!/usr/bin/env python3
"""The package's SORN step, vectorised with numpy and scipy.sparse: the comparison for ./sorn bench.

Not part of the workbench: a reference for measuring it side by side (docs/performance.md).
Every operation works on whole arrays; W^EE and W^EI are sparse (CSR by presynaptic row, with the
row of each stored entry kept beside it), W^IE is dense, as in the package.

  python3 tests/numpy-reference/sorn_numpy.py bench [--sizes 200,1000,4000] [--seconds 10] [--warmup 3]
  python3 tests/numpy-reference/sorn_numpy.py check GOLDEN.json ...
  python3 tests/numpy-reference/sorn_numpy.py replay FOLDER

`bench` runs the package's defaults (nu = 10 with uniform input, all five mechanisms, noise on)
and prints steps per second after a warm-up, as `./sorn bench` does. `check` replays golden cases
(initial state, inputs, injected noise and SP events) and prints the largest difference from the
package's final state: the implementation is checked, not only timed. `replay` runs a network that
the workbench's conformance test wrote into FOLDER (initial state, inputs, parameters; noise off) and
writes its final state beside it, for the test to compare bit for bit.
"""

import argparse
import json
import os
import sys
import time

import numpy as np
import scipy.sparse as sp

DEFAULTS = dict(eta_stdp=0.004, eta_inhib=0.001, eta_ip=0.01, te_min=0.0, te_max=1.0,
                ti_min=0.0, ti_max=0.5, mu_ip=0.1, lambda_ee=20, lambda_ei=40)


class Network:
    """State and one step t -> t+1 (spec section 2), all mechanisms on."""

    def __init__(self, wee, wei, wie, te, ti, x, y, params, nu, rng, freeze=()):
        self.p = dict(params)
        self.freeze = set(freeze)
        self.ne = wee.shape[0]
        self.ni = wei.shape[0]
        self.nu = nu
        self.h_ip = (2 * nu) / self.ne
        self.wee = sp.csr_matrix(wee)
        self.wee.sort_indices()
        self.wei = sp.csr_matrix(wei)
        self.wei.sort_indices()
        self.wie = np.ascontiguousarray(wie, dtype=float)
        self.te = np.array(te, dtype=float)
        self.ti = np.array(ti, dtype=float)
        self.x = np.array(x, dtype=float)
        self.y = np.array(y, dtype=float)
        self.rng = rng
        self._rows()

    def _rows(self):
        # the presynaptic row of every stored entry, for the elementwise rules
        self.wee_rows = np.repeat(np.arange(self.ne), np.diff(self.wee.indptr))
        self.wei_rows = np.repeat(np.arange(self.ni), np.diff(self.wei.indptr))

    def step(self, u, noise_e, noise_i, sp_event):
        p = self.p
        x, y = self.x, self.y
        # drives from the state at t, summed in ascending presynaptic order (CSR transposed)
        e = self.wee.T @ x
        i = self.wei.T @ y
        d = x @ self.wie
        v = np.zeros(self.ne)
        v[:self.nu] = u
        x1 = ((((e - i) + noise_e) + v) - self.te > 0).astype(float)
        y1 = ((d + noise_i) - self.ti > 0).astype(float)
        if "stdp" not in self.freeze:
            self._stdp(x, x1)
        if "ip" not in self.freeze:
            self.te += p["eta_ip"] * (x1 - self.h_ip)
            np.clip(self.te, p["te_min"], p["te_max"], out=self.te)
        # SP: with probability 0.1 one absent E->E synapse (not a self-connection) gets 0.001
        if sp_event is not None and "sp" not in self.freeze:
            self._set(sp_event[0], sp_event[1], 0.001)
        if "istdp" not in self.freeze:
            self._istdp(y, x1)
        if "ss" not in self.freeze:
            # column sums in ascending row order (bincount adds in storage order), then divide
            for m in (self.wee, self.wei):
                sums = np.bincount(m.indices, weights=m.data, minlength=self.ne)
                with np.errstate(invalid="ignore", divide="ignore"):
                    m.data /= sums[m.indices]
        self.x, self.y = x1, y1

    def _stdp(self, x, x1):
        """On the stored non-zero entries, then the clip of the whole matrix."""
        p = self.p
        w = self.wee.data
        post, pre = self.wee.indices, self.wee_rows
        dw = p["eta_stdp"] * (x1[post] * x[pre] - x[post] * x1[pre])
        live = w != 0.0
        w[live] += dw[live]
        np.clip(w, 0.0, 1.0, out=w)

    def _istdp(self, y, x1):
        p = self.p
        w = self.wei.data
        post, pre = self.wei.indices, self.wei_rows
        dw = ((-p["eta_inhib"]) * y[pre]) * (1.0 - x1[post] * (1.0 + 1.0 / p["mu_ip"]))
        live = w != 0.0
        w[live] += dw[live]
        np.clip(w, 0.0, 1.0, out=w)

    def draw_sp(self):
        """The package's SP draw: randint(0, 10) == 0, then a random absent entry."""
        if self.rng.integers(0, 10) != 0:
            return None
        m = self.wee
        while True:  # uniform over the absent (or zero) off-diagonal entries, by rejection
            j, i = (int(v) for v in self.rng.integers(0, self.ne, 2))
            lo, hi = m.indptr[j], m.indptr[j + 1]
            k = lo + np.searchsorted(m.indices[lo:hi], i)
            if j != i and (k == hi or m.indices[k] != i or m.data[k] <= 0.0):
                return (j, i)

    def _set(self, j, i, value):
        m = self.wee
        lo, hi = m.indptr[j], m.indptr[j + 1]
        k = lo + np.searchsorted(m.indices[lo:hi], i)
        if k < hi and m.indices[k] == i:
            m.data[k] = value
            return
        m.indices = np.insert(m.indices, k, i)
        m.data = np.insert(m.data, k, value)
        m.indptr[j + 1:] += 1
        self.wee_rows = np.insert(self.wee_rows, k, j)

    def compact(self):
        """Drops stored zeros (pruned synapses), as the workbench does every 1000 steps."""
        for m in (self.wee, self.wei):
            m.eliminate_zeros()
        self._rows()


def fresh(ne, nu, seed):
    """A network drawn as the package's initialiser draws it (section 4), with numpy's generator."""
    rng = np.random.default_rng(seed)
    ni = int(0.2 * ne)
    p = DEFAULTS

    def lambd(rows, cols, lam, incoming):
        w = np.zeros((rows, cols))
        count = cols if incoming else rows
        for c in range(count):
            k = int(np.clip(round(rng.normal(lam, 1.0) - 0.5), 1, (rows - 1) if incoming else cols))
            if incoming:
                pre = rng.choice(np.delete(np.arange(rows), c), k, replace=False)
                w[pre, c] = rng.uniform(0, 0.1, k)
            else:
                post = rng.choice(cols, k, replace=False)
                w[c, post] = rng.uniform(0, 0.1, k)
        return w

    wee = lambd(ne, ne, p["lambda_ee"], True)
    wei = lambd(ni, ne, p["lambda_ei"], False)
    wie = rng.uniform(0.0, 0.1, (ne, ni))
    for w in (wee, wei, wie):
        s = w.sum(axis=0)
        s[s == 0] = 1.0
        w /= s
    te = rng.uniform(p["te_min"], p["te_max"], ne)
    ti = rng.uniform(p["ti_min"], p["ti_max"], ni)
    return Network(wee, wei, wie, te, ti, np.zeros(ne), np.zeros(ni), p, nu, rng)


def bench(args):
    sizes = [int(s) for s in args.sizes.split(",")]
    print(f"{'ne':>6}  {'steps/s':>9}  {'steps':>8}  {'Wee':>8}")
    for ne in sizes:
        net = fresh(ne, 10, args.seed)
        rng = net.rng

        def run_for(seconds):
            steps = 0
            start = time.perf_counter()
            while time.perf_counter() - start < seconds:
                for _ in range(50):
                    u = rng.random(net.nu)
                    ne_noise = rng.normal(0.0, 0.04, net.ne)
                    ni_noise = rng.normal(0.0, 0.04, net.ni)
                    net.step(u, ne_noise, ni_noise, net.draw_sp())
                    steps += 1
                    if steps % 1000 == 0:
                        net.compact()
            return steps, time.perf_counter() - start

        run_for(args.warmup)
        steps, took = run_for(args.seconds)
        print(f"{ne:>6}  {steps / took:>9,.0f}  {steps:>8,}  {net.wee.nnz:>8,}", flush=True)


def check(args):
    worst_all = 0.0
    for path in args.files:
        case = json.load(open(path))
        injected = case.get("injected")
        freeze = list(case["freeze"])
        if case["runner"] == "Trainer.run" and case["phase"] == "training":
            freeze += ["stdp", "ip", "sp", "istdp", "ss"]  # no plasticity in that phase only
        if not injected and not (not case["noise"] and "sp" in freeze):
            print(f"{path}: skipped (its random draws are not recorded)")
            continue
        init = case["initial"]
        params = case["params"]
        net = Network(np.array(init["Wee"]), np.array(init["Wei"]), np.array(init["Wie"]),
                      init["Te"], init["Ti"], np.array(init["X"])[:, 1], np.array(init["Y"])[:, 1],
                      params, params["nu"], np.random.default_rng(0), freeze)
        inputs = np.array(case["inputs"])
        for t in range(case["timesteps"]):
            if injected:
                ne_noise = np.array(injected["noise_e"][t])
                ni_noise = np.array(injected["noise_i"][t])
                event = injected["sp_events"][t]
            else:
                ne_noise, ni_noise, event = 0.0, 0.0, None
            net.step(inputs[:, t], ne_noise, ni_noise, event)
        final = case["final"]
        worst = max(
            np.max(np.abs(net.wee.toarray() - np.array(final["Wee"]))),
            np.max(np.abs(net.wei.toarray() - np.array(final["Wei"]))),
            np.max(np.abs(net.te - np.array(final["Te"]))),
            np.max(np.abs(net.x - np.array(final["X"])[:, 1])),
            np.max(np.abs(net.y - np.array(final["Y"])[:, 1])))
        worst_all = max(worst_all, worst)
        print(f"{path}: max |difference| {worst:.3g}")
    return 0 if worst_all < 1e-9 else 1


def replay(args):
    """FOLDER/network.json names the sizes, steps, parameters and frozen slots; every array is a
    flat little-endian file beside it (.f8 doubles, .i4 ints; W^EE and W^EI as CSR by row)."""
    folder = args.folder
    spec = json.load(open(os.path.join(folder, "network.json")))
    ne, ni, nu, steps = spec["ne"], spec["ni"], spec["nu"], spec["steps"]

    def read(name, kind):
        return np.fromfile(os.path.join(folder, name + "." + kind), dtype="<" + kind)

    def csr(name, rows, columns):
        return sp.csr_matrix(
            (read(name + ".data", "f8"), read(name + ".indices", "i4"), read(name + ".indptr", "i4")),
            shape=(rows, columns))

    net = Network(csr("wee", ne, ne), csr("wei", ni, ne), read("wie", "f8").reshape(ne, ni),
                  read("te", "f8"), read("ti", "f8"), read("x", "f8"), read("y", "f8"),
                  spec["params"], nu, None, spec["freeze"])
    inputs = read("inputs", "f8").reshape(steps, nu)
    for t in range(steps):
        net.step(inputs[t], 0.0, 0.0, None)

    def write(name, values, kind):
        np.asarray(values, dtype="<" + kind).tofile(os.path.join(folder, "final-" + name + "." + kind))

    for name, m in (("wee", net.wee), ("wei", net.wei)):
        write(name + ".indptr", m.indptr, "i4")
        write(name + ".indices", m.indices, "i4")
        write(name + ".data", m.data, "f8")
    for name, values in (("te", net.te), ("ti", net.ti), ("x", net.x), ("y", net.y)):
        write(name, values, "f8")
    print(f"replayed {steps} steps of ne = {ne}")
    return 0


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    b = sub.add_parser("bench")
    b.add_argument("--sizes", default="200,1000,4000")
    b.add_argument("--seconds", type=float, default=10.0)
    b.add_argument("--warmup", type=float, default=3.0)
    b.add_argument("--seed", type=int, default=1)
    c = sub.add_parser("check")
    c.add_argument("files", nargs="+")
    r = sub.add_parser("replay")
    r.add_argument("folder")
    args = parser.parse_args()
    if args.command == "bench":
        bench(args)
        return 0
    if args.command == "replay":
        return replay(args)
    return check(args)


if __name__ == "__main__":
    sys.exit(main())
