# caredesk — `make demo` and `make test` set up everything they need:
# a .venv with maturin and pytest, the Node tooling (npm ci), and both bindings.

VENV        := $(CURDIR)/.venv
export VIRTUAL_ENV := $(VENV)
export PATH := $(VENV)/bin:$(PATH)
PYTHON      ?= python3
NODE_DIR    := bindings-node

.PHONY: all demo test test-rust test-python test-node lint fmt python node clean eval-triage lint-templates fuzz train-triage test-triage-model

all: test

## demo: replay the sample inbox and print where each ticket stands
demo:
	cargo run -q -p caredesk --example demo

## eval-triage: accuracy, per-topic precision/recall and confusion matrix on the
## tuning set and both held-out sets, then language accuracy on held-out text
eval-triage:
	cargo run -q --profile train -p caredesk --example eval_triage

## train-triage: retrain the built-in triage models from the corpus in the repository
train-triage:
	cargo run -q --profile train -p caredesk --example train_triage

## test-triage-model: retrain in memory and fail unless the shipped models are the same bytes
test-triage-model:
	cargo run -q --profile train -p caredesk --example train_triage -- --check

## lint-templates: lint the built-in reply catalog; SHOP=dir lints a shop's .ftl files on top of it
lint-templates:
	cargo run -q -p caredesk --example lint_templates -- $(SHOP)

## test: Rust tests, then pytest and node tests against freshly built bindings
test: test-rust test-triage-model test-python test-node

test-rust:
	cargo test -p caredesk

test-python: python
	cd bindings-python && python -m pytest -q

test-node: node
	cd $(NODE_DIR) && npm test

## lint: rustfmt, clippy and rustdoc, warnings denied
lint: $(VENV)/.ready
	cargo fmt --all --check
	cargo clippy --workspace --all-targets -- -D warnings
	RUSTDOCFLAGS="-D warnings" cargo doc -p caredesk --no-deps -q

fmt:
	cargo fmt --all

# holidays, businesstimedelta (and its pytz): peers the calendar is
# cross-checked against in pytest and timed against by `make bench`.
$(VENV)/.ready: bindings-python/pyproject.toml Makefile
	$(PYTHON) -m venv $(VENV)
	$(VENV)/bin/python -m pip install -q --disable-pip-version-check "maturin>=1.9.4,<2" "pytest>=8" hypothesis==6.170.15
	$(VENV)/bin/python -m pip install -q --disable-pip-version-check holidays==0.109 businesstimedelta==1.0.1 pytz==2026.6
	touch $@

## python: build the Python binding into .venv (debug build)
python: $(VENV)/.ready
	maturin develop -q -m bindings-python/Cargo.toml

$(NODE_DIR)/node_modules/.ready: $(NODE_DIR)/package.json $(NODE_DIR)/package-lock.json
	cd $(NODE_DIR) && npm ci --no-audit --no-fund
	touch $@

## node: build the Node binding (debug build)
node: $(NODE_DIR)/node_modules/.ready
	cd $(NODE_DIR) && npm run build

clean:
	cargo clean
	rm -rf $(VENV) $(NODE_DIR)/node_modules $(NODE_DIR)/*.node $(NODE_DIR)/index.js $(NODE_DIR)/index.d.ts

## bench: criterion benchmarks of the core (release), the release-built
## bindings against their peers (businesstimedelta, scikit-learn, lingua,
## fluent.runtime, @fluent/bundle), then docs/benchmarks.md from all results
.PHONY: bench
bench: $(VENV)/.ready $(NODE_DIR)/node_modules/.ready
	mkdir -p target/bench
	date +%s > target/bench/started
	cargo bench -p caredesk --bench sla --bench triage --bench returns --bench reply
	maturin develop --release -q -m bindings-python/Cargo.toml
	python -m pip install -q --disable-pip-version-check "scikit-learn==1.9.1" "fluent.runtime==0.4.0" "lingua-language-detector==2.1.1"
	python benches/python/bench_calendar.py --out target/bench/python_calendar.json
	python benches/python/bench_triage.py target/bench/python_triage.json
	python benches/python/bench_triage_train.py --out target/bench/python_triage_train.json
	python benches/python/bench_returns.py --out target/bench/python_returns.json
	python benches/python/bench_reply.py --out target/bench/python_reply.json
	python benches/python/bench_hostile.py --out target/bench/python_hostile.json
	cd $(NODE_DIR) && npx napi build --platform --release
	node benches/node/bench_returns.mjs --out target/bench/node_returns.json
	node benches/node/bench_reply.mjs --out target/bench/node_reply.json
	node benches/node/bench_hostile.mjs --out target/bench/node_hostile.json
	python benches/report.py --since $$(cat target/bench/started) --out docs/benchmarks.md

## fuzz: every cargo-fuzz target (fuzz/) for FUZZ_SECONDS each, from a copy of
## its seed corpus. A crash, a panic, an uncoded error or an input still
## running after 60 s is a finding; the sanitizer slows some paths a
## hundredfold (100,000 iCalendar dates: 63 ms in a release build, over 10 s
## here), so the 2 s bound of a release build is checked by make bench
## (bench_hostile). Needs the nightly toolchain; installs cargo-fuzz when missing.
FUZZ_SECONDS ?= 60
fuzz:
	@rustup toolchain list | grep -q '^nightly' || { echo "make fuzz needs the nightly toolchain (rustup toolchain install nightly)"; exit 1; }
	@command -v cargo-fuzz >/dev/null || cargo install cargo-fuzz --locked
	cd fuzz && for t in $$(cargo +nightly fuzz list); do \
	  rm -rf target/corpus/$$t && mkdir -p target/corpus && cp -r corpus/$$t target/corpus/$$t && \
	  cargo +nightly fuzz run $$t target/corpus/$$t -- -max_total_time=$(FUZZ_SECONDS) -timeout=60 -rss_limit_mb=2048 || exit 1; \
	done
