#!/usr/bin/Rscript
# Decompositions by R packages, the second independent implementation behind
# tests/unit/test_mva_reference.cpp (docs/mva.md section 11). Called by
# make_reference.py, which turns these raw results into the reference files (T2, SPE,
# DModX and every limit on top, in numpy/scipy). Needs the Debian packages r-base-core,
# r-cran-pls and r-cran-ade4. Writes tests/data/mva/r_raw.json.
#
#  - stats::prcomp: PCA (SVD) of the preprocessed data;
#  - pls::plsr(method = "oscorespls", tol = 1e-13): PLS1/PLS2 by orthogonal-scores NIPALS
#    (the PLS2 inner loop tolerance tightened from its default 1.5e-8), with its own
#    cross-validation (segments = our folds, observation i in fold i mod k);
#  - ade4::nipals: NIPALS with missing values, present-only sums (Tenenhaus 1998). Its
#    convergence tolerance is hard-coded to 1e-9 on the squared change of the loadings,
#    which leaves the loadings uncertain at 1e-5; the only change made here is that one
#    constant (to 1e-28), so that the result is the algorithm's fixed point.
suppressMessages({
    library(pls)
    library(ade4)
})

args <- commandArgs(trailingOnly = TRUE)
dir <- if (length(args) > 0) args[1] else "tests/data/mva"

num <- function(v) {
    v <- as.numeric(v)
    paste0("[", paste(sprintf("%.17g", v), collapse = ","), "]")
}
mat <- function(m) {
    m <- as.matrix(m)
    paste0("[", paste(apply(m, 1, num), collapse = ",\n"), "]")
}
obj <- function(...) {
    x <- list(...)
    paste0("{", paste(sprintf("\"%s\": %s", names(x), unlist(x)), collapse = ",\n"), "}")
}
readData <- function(name) as.matrix(read.csv(file.path(dir, name), na.strings = c("NA", ""), check.names = FALSE))

preprocess <- function(x, scaling) {
    m <- colMeans(x, na.rm = TRUE)
    s <- apply(x, 2, sd, na.rm = TRUE)
    f <- switch(scaling, none = rep(1, ncol(x)), uv = 1 / s, pareto = 1 / sqrt(s))
    sweep(sweep(x, 2, m), 2, f, "*")
}

pcaCase <- function(file, scaling) {
    z <- preprocess(readData(file), scaling)
    p <- prcomp(z, center = FALSE, scale. = FALSE)
    obj(rotation = mat(p$rotation), sdev = num(p$sdev))
}

plsCase <- function(xfile, yfile, scaling, a, folds) {
    x <- readData(xfile)
    y <- readData(yfile)
    n <- nrow(x)
    # X is scaled by plsr itself (scale = TRUE: sd with N - 1, recomputed in every CV
    # segment); Y by its full-data sd for uv, which plsr does not do (see the caller).
    yz <- if (scaling == "uv") sweep(y, 2, apply(y, 2, sd), "/") else y
    d <- data.frame(n = seq_len(n))
    d$X <- I(x)
    d$Y <- I(yz)
    segs <- lapply(seq_len(folds), function(f) which((seq_len(n) - 1) %% folds == f - 1))
    fit <- plsr(Y ~ X, ncomp = a, data = d, method = "oscorespls", scale = (scaling == "uv"),
                validation = "CV", segments = segs, tol = 1e-13, maxit = 100000)
    press <- fit$validation$PRESS  # responses x components
    coefs <- coef(fit, ncomp = a, intercept = TRUE)[, , 1]
    obj(w = mat(loading.weights(fit)), w_star = mat(fit$projection), p = mat(loadings(fit)),
        q = mat(Yloadings(fit)), t = mat(scores(fit)), coef = mat(coefs),
        press = mat(t(matrix(press, nrow = ncol(y)))), yscale = num(if (scaling == "uv") apply(y, 2, sd) else rep(1, ncol(y))))
}

nipalsCase <- function(file, a) {
    x <- readData(file)
    f <- ade4::nipals
    b <- body(f)
    stopifnot(identical(b[[3]], quote(tol <- 1e-09)))
    b[[3]] <- quote(tol <- 1e-28)
    body(f) <- b
    r <- f(as.data.frame(x), nf = a, niter = 100000)
    # The deflated residual (missing cells as NA) for the residual eigenvalues.
    resid <- as.matrix(r$tab)
    for (h in seq_len(a)) resid <- resid - r$li[, h] %*% t(r$c1[, h])
    resid[is.na(resid)] <- 0
    obj(c1 = mat(r$c1), li = mat(r$li), eig = num(r$eig), iterations = num(r$nb),
        tab = mat(replace(as.matrix(r$tab), is.na(as.matrix(r$tab)), 0)),
        present = mat(1 * !is.na(as.matrix(r$tab))), residual_sv = num(svd(resid)$d))
}

out <- obj(
    versions = sprintf("{\"R\": \"%s\", \"pls\": \"%s\", \"ade4\": \"%s\"}", getRversion(),
                       packageVersion("pls"), packageVersion("ade4")),
    pca_iris_none = pcaCase("iris.csv", "none"),
    pca_wine_uv = pcaCase("wine.csv", "uv"),
    pca_wine_pareto = pcaCase("wine.csv", "pareto"),
    pls1_diabetes_uv = plsCase("diabetes_x.csv", "diabetes_y.csv", "uv", 4, 7),
    pls2_linnerud_none = plsCase("linnerud_x.csv", "linnerud_y.csv", "none", 2, 5),
    pls2_linnerud_uv = plsCase("linnerud_x.csv", "linnerud_y.csv", "uv", 2, 20),
    nipals_wine_missing = nipalsCase("wine_missing.csv", 3)
)
writeLines(out, file.path(dir, "r_raw.json"))
