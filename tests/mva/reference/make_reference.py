#!/usr/bin/python3
"""Reference results for tests/unit/test_mva_reference.cpp (docs/mva.md section 11).

Run once by a developer; its outputs in tests/data/mva/ are committed, so CI needs
neither Python nor scikit-learn. Needs the Debian packages python3-sklearn,
python3-numpy and python3-scipy. Deterministic: same inputs, same bytes.

Independent parts: the decompositions come from scikit-learn (PCA with the full LAPACK
SVD, PLSRegression's NIPALS) and every quantile from scipy.stats. The statistics built
on them (T2, SPE, DModX, contributions, theta) are the formulas of docs/mva.md written
in numpy. No package implements NIPALS PCA with missing values, so that case uses this
file's own numpy transcription of the documented algorithm (docs/mva.md section 3).

Second implementation: tests/mva/reference/make_reference_r.R (R's prcomp, pls::plsr and
ade4::nipals; Debian packages r-base-core, r-cran-pls, r-cran-ade4) writes
tests/data/mva/r_raw.json; this script runs it when Rscript is installed (otherwise it
reuses the committed r_raw.json) and builds the *_r.json / *_ade4.json references from it.
"""
import csv
import subprocess
import json
import os
import sys

import numpy as np
import scipy.stats as st
import sklearn
from sklearn.cross_decomposition import PLSRegression
from sklearn.datasets import load_diabetes, load_digits, load_iris, load_linnerud, load_wine
from sklearn.decomposition import PCA

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "data", "mva")


def write_csv(name, header, values):
    with open(os.path.join(OUT, name), "w", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(header)
        for row in values:
            w.writerow(["NA" if np.isnan(v) else repr(float(v)) for v in row])


def write_json(name, obj):
    with open(os.path.join(OUT, name), "w") as f:
        json.dump(obj, f, indent=1, sort_keys=True)
        f.write("\n")


def preprocess(x, scaling):
    mean = np.nanmean(x, axis=0)
    sd = np.nanstd(x, axis=0, ddof=1)  # N - 1
    with np.errstate(divide="ignore"):  # constant columns are fine with "none"
        factor = {"none": np.ones_like(sd), "uv": 1.0 / sd, "pareto": 1.0 / np.sqrt(sd)}[scaling]
    return mean, sd, factor, (x - mean) * factor


def sign_rule(p, *others):
    """Largest |loading| (first on a tie) positive; the other matrices flip along."""
    p = p.copy()
    others = [o.copy() for o in others]
    for a in range(p.shape[1]):
        i = int(np.argmax(np.abs(p[:, a])))
        if p[i, a] < 0:
            p[:, a] *= -1
            for o in others:
                o[:, a] *= -1
    return (p, *others)


def limits(n, k, a, theta, spe_mean, spe_var):
    out = {}
    t1, t2, t3 = theta
    h0 = 1 - 2 * t1 * t3 / (3 * t2 * t2)
    g, h = spe_var / (2 * spe_mean), 2 * spe_mean ** 2 / spe_var
    for q in (95, 99):
        c = q / 100
        out[f"t2_{q}"] = a * (n * n - 1) / (n * (n - a)) * st.f.ppf(c, a, n - a)
        out[f"t2_phase1_{q}"] = (n - 1) ** 2 / n * st.beta.ppf(c, a / 2, (n - a - 1) / 2)
        box = g * st.chi2.ppf(c, h)
        out[f"spe_box_{q}"] = box
        if h0 > 0:
            z = st.norm.ppf(c)
            out[f"spe_{q}"] = t1 * (z * np.sqrt(2 * t2 * h0 * h0) / t1 + 1
                                    + t2 * h0 * (h0 - 1) / t1 ** 2) ** (1 / h0)
        else:
            out[f"spe_{q}"] = box
        out[f"dmodx_{q}"] = np.sqrt(st.f.ppf(c, k - a, (n - a - 1) * (k - a)))
    out["h0"] = h0
    return out


def project(z, p, lam):
    """Scores, T2, SPE, contributions of rows with missing values (NaN): projection."""
    n, k = z.shape
    a = p.shape[1]
    res = {"scores": [], "t2": [], "spe": [], "t2_contrib": [], "spe_contrib": [], "kp": []}
    for i in range(n):
        m = ~np.isnan(z[i])
        zp = np.where(m, z[i], 0.0)
        pp = p * m[:, None]
        g = pp.T @ pp
        t = np.linalg.solve(g, pp.T @ zp)
        e = zp - pp @ t
        c = zp * (pp @ np.linalg.solve(g, t / lam))
        res["scores"].append(t)
        res["t2"].append(float(np.sum(t * t / lam)))
        res["spe"].append(float(e @ e))
        res["t2_contrib"].append(c)
        res["spe_contrib"].append(e * e)
        res["kp"].append(int(m.sum()))
    return res


def finish_pca(case, x, z, p, lam, ratio, resid_eig, scaling, method, rows=None, extra=None):
    n, k = x.shape
    a = p.shape[1]
    r = project(z, p, lam)
    spe = np.array(r["spe"])
    spe_mean, spe_var = spe.mean(), spe.var(ddof=1)
    theta = [float(np.sum(resid_eig ** i)) for i in (1, 2, 3)]
    s0 = np.sqrt(spe.sum() / ((n - a - 1) * (k - a)))
    dmodx = np.sqrt(spe / (np.array(r["kp"]) - a)) / s0
    mean, sd, factor, _ = preprocess(x, scaling)
    cut = slice(0, rows)  # per-row results of a large data set: the first rows only
    r = {key: (val[cut] if isinstance(val, list) else val) for key, val in r.items()}
    dmodx = dmodx[cut]
    obj = {
        "method": method, "scaling": scaling, "components": a,
        "mean": mean.tolist(), "sd": sd.tolist(), "factor": factor.tolist(),
        "loadings": p.tolist(), "eigenvalues": lam.tolist(),
        "explained_variance_ratio": ratio.tolist(),
        "scores": np.array(r["scores"]).tolist(), "t2": r["t2"], "spe": r["spe"],
        "dmodx": dmodx.tolist(),
        "t2_contributions": np.array(r["t2_contrib"]).tolist(),
        "spe_contributions": np.array(r["spe_contrib"]).tolist(),
        "theta": theta, "spe_mean": spe_mean, "spe_variance": spe_var, "s0": s0,
        "limits": limits(n, k, a, theta, spe_mean, spe_var),
    }
    obj.update(extra or {})
    write_json(f"{case}.json", obj)


def pca_case(case, x, scaling, a, rows=None):
    n, _ = x.shape
    _, _, _, z = preprocess(x, scaling)
    full = PCA(svd_solver="full").fit(z)  # every component, for theta
    pca = PCA(n_components=a, svd_solver="full").fit(z)
    (p,) = sign_rule(pca.components_.T)
    lam = pca.explained_variance_  # t't / (N - 1)
    finish_pca(case, x, z, p, lam, pca.explained_variance_ratio_,
               full.explained_variance_[a:], scaling, "svd", rows)


def nipals_case(case, x, scaling, a, tol=1e-12, max_iter=10000):
    n, k = x.shape
    _, _, _, z0 = preprocess(x, scaling)
    present = (~np.isnan(z0)).astype(float)
    z = np.where(np.isnan(z0), 0.0, z0)
    total = np.sum(z * z)
    ps, lams, ratios = [], [], []
    for _ in range(a):
        before = np.sum(z * z)
        t = z[:, int(np.argmax(np.sum(z * z, axis=0)))].copy()
        for _ in range(max_iter):
            p = (z.T @ t) / np.maximum(present.T @ (t * t), 1e-300)
            p /= np.linalg.norm(p)
            t_new = (z @ p) / np.maximum(present @ (p * p), 1e-300)
            change = np.linalg.norm(t_new - t)
            t = t_new
            if change <= tol * np.linalg.norm(t):
                break
        p2, t2 = sign_rule(p[:, None], t[:, None])
        p, t = p2[:, 0], t2[:, 0]
        lams.append(t @ t / (n - 1))
        z -= np.outer(t, p) * present
        ratios.append((before - np.sum(z * z)) / total)
        ps.append(p)
    resid_eig = np.linalg.svd(z, compute_uv=False) ** 2 / (n - 1)
    finish_pca(case, x, z0, np.array(ps).T, np.array(lams), np.array(ratios), resid_eig,
               scaling, "nipals")


def pls_case(case, x, y, scaling, a, folds):
    n, k = x.shape
    xm, _, xf, zx = preprocess(x, scaling)
    ym, _, yf, zy = preprocess(y, scaling)

    def fit(xx, yy, c):
        # Preprocessing is done here, not by scikit-learn, so that Pareto works too.
        mx, _, fx, zxx = preprocess(xx, scaling)
        my, _, fy, zyy = preprocess(yy, scaling)
        pls = PLSRegression(n_components=c, scale=False, tol=1e-15, max_iter=100000)
        pls.fit(zxx, zyy)
        w, wstar, p, t, q = sign_rule(pls.x_weights_, pls.x_rotations_, pls.x_loadings_,
                                      pls.x_scores_, pls.y_loadings_)
        b = wstar @ q.T                       # scaled units
        coef = (fx[:, None] * b) / fy[None, :]  # original units
        return w, wstar, p, t, q, coef, my - mx @ coef

    w, wstar, p, t, q, coef, icpt = fit(x, y, a)
    press = np.zeros((a, y.shape[1]))
    for f in range(folds):
        test = np.arange(n) % folds == f
        for c in range(1, a + 1):
            *_, cf, ic = fit(x[~test], y[~test], c)
            press[c - 1] += np.sum((y[test] - (x[test] @ cf + ic)) ** 2, axis=0)
    write_pls(case, x, y, scaling, a, folds, w, wstar, p, t, q, coef, icpt, press)


def write_pls(case, x, y, scaling, a, folds, w, wstar, p, t, q, coef, icpt, press):
    n, k = x.shape
    ssy = np.sum(t * t, axis=0) * np.sum(q * q, axis=0)
    wn = w / np.linalg.norm(w, axis=0)
    vip = np.sqrt(k * (wn ** 2 @ ssy) / ssy.sum())
    resid = y - (x @ coef + icpt)
    ss_tot = np.sum((y - y.mean(axis=0)) ** 2, axis=0)
    r2 = 1 - np.sum(resid ** 2, axis=0) / ss_tot
    rmsec = np.sqrt(np.sum(resid ** 2, axis=0) / n)
    obj = {
        "scaling": scaling, "components": a, "folds": folds,
        "w": w.tolist(), "w_star": wstar.tolist(), "p": p.tolist(), "q": q.tolist(),
        "t": t.tolist(), "coefficients": coef.tolist(), "intercept": icpt.tolist(),
        "vip": vip.tolist(), "r2": r2.tolist(), "rmsec": rmsec.tolist(),
    }
    if press is not None:
        obj.update({"q2": (1 - press / ss_tot).tolist(), "rmsecv": np.sqrt(press / n).tolist()})
    write_json(f"{case}.json", obj)


def read_csv(name):
    with open(os.path.join(OUT, name)) as f:
        rows = list(csv.reader(f))
    return np.array([[np.nan if v == "NA" else float(v) for v in r] for r in rows[1:]])


def r_cases():
    """References from R's implementations (make_reference_r.R) plus this file's statistics."""
    script = os.path.join(os.path.dirname(os.path.abspath(__file__)), "make_reference_r.R")
    if os.path.exists("/usr/bin/Rscript"):
        subprocess.run(["/usr/bin/Rscript", script, OUT], check=True)
    with open(os.path.join(OUT, "r_raw.json")) as f:
        raw = json.load(f)
    for case, name, scaling, a in (("pca_iris_none", "iris.csv", "none", 2),
                                   ("pca_wine_uv", "wine.csv", "uv", 4),
                                   ("pca_wine_pareto", "wine.csv", "pareto", 3)):
        x = read_csv(name)
        _, _, _, z = preprocess(x, scaling)
        lam_all = np.array(raw[case]["sdev"]) ** 2  # prcomp: denominator N - 1
        (p,) = sign_rule(np.array(raw[case]["rotation"])[:, :a])
        ratio = lam_all[:a] * (len(x) - 1) / np.sum(z * z)
        finish_pca(f"{case}_r", x, z, p, lam_all[:a], ratio, lam_all[a:], scaling, "svd")
    # ade4::nipals scales with the population standard deviation of the present values;
    # BatchStation reproduces that exactly with uv scaling and per-variable weights
    # sqrt(N_k / (N_k - 1)) (N_k present values of column k).
    x = read_csv("wine_missing.csv")
    nk = np.sum(~np.isnan(x), axis=0)
    weights = np.sqrt(nk / (nk - 1))
    mean, sd, _, z = preprocess(x, "uv")
    z = z * weights
    r = raw["nipals_wine_missing"]
    assert np.nanmax(np.abs(np.where(np.isnan(z), 0, z) - np.array(r["tab"]))) < 1e-12
    c1, li = np.array(r["c1"]), np.array(r["li"])
    present = np.array(r["present"])
    e = np.where(np.isnan(z), 0.0, z)
    total = np.sum(e * e)
    ratios = []
    for h in range(c1.shape[1]):
        before = np.sum(e * e)
        e = e - np.outer(li[:, h], c1[:, h]) * present
        ratios.append((before - np.sum(e * e)) / total)
    p, _ = sign_rule(c1, li)
    n = len(x)
    finish_pca("nipals_wine_missing_ade4", x, z, p, np.array(r["eig"]), np.array(ratios),
               np.array(r["residual_sv"]) ** 2 / (n - 1), "uv", "nipals",
               extra={"weights": weights.tolist(), "ade4_iterations": r["iterations"]})
    for case, xf, yf, scaling, a, folds in (
            ("pls1_diabetes_uv", "diabetes_x.csv", "diabetes_y.csv", "uv", 4, 7),
            ("pls2_linnerud_none", "linnerud_x.csv", "linnerud_y.csv", "none", 2, 5),
            ("pls2_linnerud_uv", "linnerud_x.csv", "linnerud_y.csv", "uv", 2, 20)):
        x, y = read_csv(xf), read_csv(yf)
        r = raw[case]
        ys = np.array(r["yscale"])
        w, wstar, p, t, q = sign_rule(*(np.array(r[m]) for m in ("w", "w_star", "p", "t", "q")))
        _, _, xf_, _ = preprocess(x, scaling)
        q = q.reshape(y.shape[1], a)
        # coef() of a scale = TRUE fit is per scaled predictor (the intercept is already in
        # original units): divide by the X standard deviations; Y back to its units.
        coef = np.array(r["coef"]).reshape(x.shape[1] + 1, y.shape[1]) * ys
        coef[1:] *= xf_[:, None]
        # plsr scales X per CV segment (as BatchStation) but never Y; with a single response,
        # or no scaling, that makes no difference, with uv PLS2 it does: no CV reference then.
        press = np.array(r["press"]).reshape(a, y.shape[1]) * ys ** 2
        if scaling == "uv" and y.shape[1] > 1:
            press = None
        write_pls(f"{case}_r", x, y, scaling, a, folds, w, wstar, p, t, q, coef[1:], coef[0], press)
    return raw["versions"]


def main():
    os.makedirs(OUT, exist_ok=True)
    iris = load_iris()
    write_csv("iris.csv", ["sepal length", "sepal width", "petal length", "petal width"],
              iris.data)
    wine = load_wine()
    write_csv("wine.csv", wine.feature_names, wine.data)
    wmiss = wine.data.copy()
    i, j = np.indices(wmiss.shape)
    wmiss[(7 * i + 3 * j) % 23 == 0] = np.nan  # deterministic, ~4 % missing
    write_csv("wine_missing.csv", wine.feature_names, wmiss)
    diab = load_diabetes(scaled=False)
    write_csv("diabetes_x.csv", diab.feature_names, diab.data)
    write_csv("diabetes_y.csv", ["progression"], diab.target[:, None])
    lin = load_linnerud()
    write_csv("linnerud_x.csv", lin.feature_names, lin.data)
    write_csv("linnerud_y.csv", lin.target_names, lin.target)

    digits = load_digits()
    write_csv("digits.csv", digits.feature_names, digits.data)

    pca_case("pca_iris_none", iris.data, "none", 2)
    # h0 <= 0: the Jackson-Mudholkar formula is undefined and the limit falls back to Box.
    pca_case("pca_digits_none", digits.data, "none", 2, rows=60)
    pca_case("pca_wine_uv", wine.data, "uv", 4)
    pca_case("pca_wine_pareto", wine.data, "pareto", 3)
    nipals_case("nipals_wine_missing_uv", wmiss, "uv", 3)
    pls_case("pls1_diabetes_uv", diab.data, diab.target[:, None], "uv", 4, 7)
    pls_case("pls2_linnerud_uv", lin.data, lin.target, "uv", 2, 20)  # 20 folds = LOO
    pls_case("pls2_linnerud_none", lin.data, lin.target, "none", 2, 5)
    r_versions = r_cases()
    write_json("versions.json", {"numpy": np.__version__, "scipy": sys.modules["scipy"].__version__,
                                 "sklearn": sklearn.__version__, "r": r_versions})


if __name__ == "__main__":
    main()
