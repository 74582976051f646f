# Herald — build, test and run. `make run` and `make test` are all a new clone needs.
SWIFT ?= swift
PREFIX ?= /usr/local
BUILD_DIR := .build
HERALD := $(BUILD_DIR)/debug/herald

# Debian packages the build and the tests need: the C libraries Herald links, Hugo as the
# permalink oracle, xmllint, and Python for the tests' loopback servers.
APT_PACKAGES := libxml2-dev libxml2-utils libcurl4-openssl-dev libcmark-gfm-dev \
	libcmark-gfm-extensions-dev libyaml-dev libssl-dev pkg-config hugo python3 python3-venv
# A real feed reader for the tests, in a virtual environment under .build/.
VENV := $(BUILD_DIR)/venv
FEEDPARSER := feedparser==6.0.14

.PHONY: all deps build release test run clean

all: build

# Installs only what is missing, so a machine that has everything is not touched.
deps:
	@missing=$$(for p in $(APT_PACKAGES); do dpkg-query -W -f='$${Status}\n' $$p 2>/dev/null | grep -q 'install ok installed' || echo $$p; done); \
	if [ -n "$$missing" ]; then \
		echo "installing:" $$missing; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $$missing; \
	fi
	@$(VENV)/bin/python -c 'import feedparser' 2>/dev/null || \
		{ python3 -m venv $(VENV) && $(VENV)/bin/pip install -q $(FEEDPARSER); }

build: deps
	$(SWIFT) build

release: deps
	$(SWIFT) build -c release

test: deps
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build --disable-swift-testing

# Builds Herald, shows the example site's posts, writes its feeds and announces new posts to a
# JSON-lines file (a target that needs no secret). A second `make run` announces nothing.
run: build
	$(HERALD) list --config feeds/example.toml
	$(HERALD) run --config feeds/example.toml --verbose > /dev/null
	$(HERALD) check --config feeds/example.toml
	$(HERALD) status --config feeds/example.toml
	@echo "Feeds: output/example/ (the site feed is output/example/index.xml)."
	@echo "Announcements: output/example-announcements.jsonl; the ledger: output/example-state/ledger.json."

clean:
	rm -rf $(BUILD_DIR)
