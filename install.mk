# `make install` / `make uninstall` / `make install-check` (included by the Makefile).
#
#   PREFIX/bin/eptc                                   the binary (release build)
#   PREFIX/share/eptc/graphs, data                    the shipped graphs, task data, T5 vocabulary
#   PREFIX/share/eptc/models/minilm-l6                the embedded default model (fetched first)
#   PREFIX/share/man/man1/eptc.1                      the man page (swift-argument-parser's generate-manual)
#   PREFIX/share/bash-completion/completions/eptc     shell completions (eptc --generate-completion-script)
#   PREFIX/share/zsh/site-functions/_eptc
#   PREFIX/share/fish/vendor_completions.d/eptc.fish
#
# The list of files installed is written to PREFIX/share/eptc/installed-files; `make uninstall`
# removes exactly those, then the folders install created if they are left empty. DESTDIR is
# honoured for packagers. WITH_MODEL=no leaves the model out (eptc then looks under
# ~/.local/share/eptc/models; see `eptc doctor`).

PREFIX     ?= /usr/local
WITH_MODEL ?= yes
DEST        = $(DESTDIR)$(PREFIX)
SHARE       = $(DEST)/share/eptc
MANIFEST    = $(SHARE)/installed-files
MAN_DIR     = $(SCRATCH)/man
GEN_MANUAL  = $(SCRATCH)/$(CONFIGURATION)/generate-manual
# Folders install may create, deepest first: uninstall removes them when empty.
INSTALL_DIRS = share/man/man1 share/man share/bash-completion/completions share/bash-completion \
               share/zsh/site-functions share/zsh share/fish/vendor_completions.d share/fish share bin

## The man pages: generate-manual (from swift-argument-parser) reads eptc's --experimental-dump-help.
man: build
	$(SWIFT) build $(SWIFT_FLAGS) -c $(CONFIGURATION) --product generate-manual
	rm -rf $(MAN_DIR) && mkdir -p $(MAN_DIR)
	$(GEN_MANUAL) $(EPTC) --output-directory $(MAN_DIR) --authors "the eptc authors" --section 1

install: build man $(if $(filter yes,$(WITH_MODEL)),model)
	@set -e; \
	list=$$(mktemp); \
	inst() { install -D -m $$1 "$$2" "$(DEST)/$$3"; echo "$$3" >> $$list; }; \
	inst 755 $(EPTC) bin/eptc; \
	for f in $$(find graphs data -type f | LC_ALL=C sort); do inst 644 $$f share/eptc/$$f; done; \
	if [ "$(WITH_MODEL)" = yes ]; then \
		for f in $$(find $(MODEL_DIR) -type f | LC_ALL=C sort); do inst 644 $$f share/eptc/$$f; done; \
	fi; \
	for f in $(MAN_DIR)/*.1; do inst 644 $$f share/man/man1/$$(basename $$f); done; \
	comp=$$(mktemp -d); \
	$(EPTC) --generate-completion-script bash > $$comp/eptc; \
	$(EPTC) --generate-completion-script zsh > $$comp/_eptc; \
	$(EPTC) --generate-completion-script fish > $$comp/eptc.fish; \
	inst 644 $$comp/eptc share/bash-completion/completions/eptc; \
	inst 644 $$comp/_eptc share/zsh/site-functions/_eptc; \
	inst 644 $$comp/eptc.fish share/fish/vendor_completions.d/eptc.fish; \
	rm -rf $$comp; \
	echo share/eptc/installed-files >> $$list; \
	install -m 644 $$list "$(MANIFEST)"; rm -f $$list; \
	echo "installed eptc into $(DEST) ($$(wc -l < "$(MANIFEST)") files, listed in $(MANIFEST))"

## Removes exactly what install wrote (its list), then the folders it leaves empty.
uninstall:
	@set -e; \
	if [ ! -f "$(MANIFEST)" ]; then echo "uninstall: no eptc install under $(DEST) ($(MANIFEST) is missing)" >&2; exit 1; fi; \
	while IFS= read -r f; do \
		case "$$f" in ""|/*|*..*) echo "uninstall: skipping odd entry '$$f'" >&2; continue;; esac; \
		rm -f "$(DEST)/$$f"; \
	done < "$(MANIFEST)"; \
	find "$(SHARE)" -depth -type d -empty -delete 2>/dev/null || true; \
	for d in $(INSTALL_DIRS); do rmdir "$(DEST)/$$d" 2>/dev/null || true; done; \
	echo "removed eptc from $(DEST)"

## Installs into a temporary prefix, uses the installed eptc from an unrelated folder, uninstalls,
## and checks that nothing is left (tools/install-check.sh).
install-check: build
	MAKE="$(MAKE)" SCRATCH="$(SCRATCH)" CONFIGURATION="$(CONFIGURATION)" LLVM_CONFIG="$(LLVM_CONFIG)" \
		tools/install-check.sh
