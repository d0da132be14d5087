# cmplt — build, test, demo and install.
#
#   make demo     build cmplt and walk a sample register through the workflow
#   make test     build and run every test (unit and end-to-end)
#   make install  install the release build (PREFIX=/usr/local, DESTDIR for staging)

PREFIX ?= /usr/local
BINDIR ?= $(PREFIX)/bin
MANDIR ?= $(PREFIX)/share/man/man1
SWIFT ?= swift
SWIFT_FLAGS ?=
RELEASE_FLAGS = -c release --static-swift-stdlib

.PHONY: all build release test demo install uninstall clean deps format lint

all: build

## deps: install the system SQLite headers when they are missing (apt, as root).
deps:
	@if [ -f /usr/include/sqlite3.h ] || pkg-config --exists sqlite3 2>/dev/null; then :; \
	elif [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
		echo "Installing libsqlite3-dev…"; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libsqlite3-dev; \
	else \
		echo "cmplt needs SQLite's development files. Install them with:"; \
		echo "    sudo apt-get install -y libsqlite3-dev"; \
		exit 1; \
	fi

build: deps
	$(SWIFT) build $(SWIFT_FLAGS)

release: deps
	$(SWIFT) build $(RELEASE_FLAGS) $(SWIFT_FLAGS)

test: build
	$(SWIFT) test --disable-xctest $(SWIFT_FLAGS)

demo: build
	@CMPLT="$$($(SWIFT) build $(SWIFT_FLAGS) --show-bin-path)/cmplt" sh examples/demo.sh

install: release
	install -d "$(DESTDIR)$(BINDIR)"
	install -m 0755 "$$($(SWIFT) build $(RELEASE_FLAGS) --show-bin-path)/cmplt" "$(DESTDIR)$(BINDIR)/cmplt"

uninstall:
	rm -f "$(DESTDIR)$(BINDIR)/cmplt"

lint:
	$(SWIFT) format lint --recursive --strict Sources Tests

format:
	$(SWIFT) format --in-place --recursive Sources Tests

clean:
	rm -rf .build
