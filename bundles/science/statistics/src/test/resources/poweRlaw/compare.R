# The reference numbers of org.sorn.statistics' heavy-tail fits, from the R package poweRlaw
# (Gillespie 2015): Rscript compare.R SAMPLE.txt discrete|continuous BOOTSTRAPS OUT.txt
# SAMPLE.txt holds one value per line. OUT.txt gets one "name value" pair per line:
#   xmin, alpha, ks, ntail                       estimate_xmin of displ / conpl
#   lognormal_*, exponential_*                   the alternative fitted at that xmin (estimate_pars)
#                                                and compare_distributions(power law, alternative):
#                                                R (sum of the pointwise log ratios), the normalised
#                                                statistic and the two-sided p
#   gof_p                                        bootstrap_p with BOOTSTRAPS samples at that xmin
#                                                (discrete only; left out when BOOTSTRAPS is 0)
#   truncated_alpha, truncated_lambda, truncated_ll, power_law_ll
#                                                poweRlaw has no truncated power law: its likelihood
#                                                is written out here and maximised with optim, a
#                                                second implementation to check ours against
suppressMessages(library(poweRlaw))
args <- commandArgs(TRUE)
x <- scan(args[1], quiet = TRUE)
discrete <- args[2] == "discrete"
bootstraps <- as.integer(args[3])
out <- args[4]
lines <- character(0)
put <- function(name, value) lines <<- c(lines, sprintf("%s %.17g", name, value))

# poweRlaw's pplcon sets the distribution of a continuous power law to 0 below round(xmin), not
# below xmin: a tail value between a fractional xmin and round(xmin) then gets a KS distance that
# is too large. Replaced by the formula without the rounding, so the x_min scan is the method's.
assignInNamespace("pplcon", function(q, xmin, alpha, lower.tail = TRUE) {
  cdf <- 1 - (q / xmin)^(-alpha + 1)
  if (!lower.tail) cdf <- 1 - cdf
  cdf[q < xmin] <- 0
  cdf
}, "poweRlaw")

top <- max(x) + 1
if (discrete) {
  pl <- displ$new(x)
} else {
  pl <- conpl$new(x)
}
est <- estimate_xmin(pl, xmax = top)
pl$setXmin(est)
xmin <- pl$getXmin()
put("xmin", xmin)
put("alpha", pl$getPars())
put("ks", est$gof)
put("ntail", get_ntail(pl))

compare <- function(name, alternative) {
  alternative$setXmin(xmin)
  alternative$setPars(estimate_pars(alternative))
  if (!discrete) {
    # conlnorm's and conexp's mle fit the values > xmin, leaving out the value at xmin that the
    # comparison then counts: fitted again on every value >= xmin, with poweRlaw's likelihoods
    tail <- x[x >= xmin]
    ll <- if (name == "lognormal") poweRlaw:::conlnorm_tail_ll else poweRlaw:::conexp_tail_ll
    lower <- if (name == "lognormal") c(-Inf, .Machine$double.eps) else .Machine$double.eps
    fit <- optim(alternative$getPars(), function(p) -ll(tail, p, xmin), method = "L-BFGS-B",
                 lower = lower, control = list(factr = 1))
    alternative$setPars(fit$par)
  }
  pars <- alternative$getPars()
  for (i in seq_along(pars)) put(sprintf("%s_par%d", name, i), pars[i])
  cmp <- compare_distributions(pl, alternative)
  put(sprintf("%s_R", name), sum(cmp$ratio$ratio))
  put(sprintf("%s_statistic", name), cmp$test_statistic)
  put(sprintf("%s_p", name), cmp$p_two_sided)
}
if (discrete) {
  compare("lognormal", dislnorm$new(x))
  compare("exponential", disexp$new(x))
} else {
  compare("lognormal", conlnorm$new(x))
  compare("exponential", conexp$new(x))
}

if (discrete && bootstraps > 0) {
  # xmax bounds the values the KS distance sees: synthetic samples may exceed the data's largest
  put("gof_p", bootstrap_p(pl, xmins = xmin, xmax = 1e5, no_of_sims = bootstraps, threads = 2,
                           seed = 1)$p)
}

tail <- x[x >= xmin]
n <- length(tail)
if (discrete) {
  # sum_{k >= xmin} k^-a e^-lk: directly far out, then the integral from the midpoint on
  K <- max(tail) * 20 + 20000
  k <- xmin:K
  lognorm <- function(a, l) {
    direct <- sum(exp(-a * log(k) - l * k))
    rest <- integrate(function(t) exp(-a * log(t) - l * t), K + 0.5, Inf,
                      rel.tol = 1e-10, stop.on.error = FALSE)$value
    log(direct + rest)
  }
  a <- pl$getPars()
  power_law_ll <- -a * sum(log(tail)) - n * log(sum(exp(-a * log(k))) + (K + 0.5)^(1 - a) / (a - 1))
} else {
  lognorm <- function(a, l) log(integrate(function(t) exp(-a * log(t) - l * t), xmin, Inf,
                                          rel.tol = 1e-10, stop.on.error = FALSE)$value)
  a <- pl$getPars()
  power_law_ll <- sum(log((a - 1) / xmin) - a * log(tail / xmin))
}
nll <- function(p) {
  a <- p[1]
  l <- exp(p[2])
  v <- tryCatch(a * sum(log(tail)) + l * sum(tail) + n * lognorm(a, l), error = function(e) 1e300)
  if (!is.finite(v)) 1e300 else v
}
best <- NULL
for (scale in c(0.01, 0.3, 3)) {
  start <- c(pl$getPars() - (scale > 1), log(scale / mean(tail)))
  fit <- optim(start, nll, method = "Nelder-Mead", control = list(reltol = 1e-14, maxit = 20000))
  fit <- optim(fit$par, nll, method = "BFGS", control = list(reltol = 1e-14, maxit = 1000))
  if (is.null(best) || fit$value < best$value) best <- fit
}
put("truncated_alpha", best$par[1])
put("truncated_lambda", exp(best$par[2]))
put("truncated_ll", -best$value)
put("power_law_ll", power_law_ll)
writeLines(lines, out)
