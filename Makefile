# cmplt — build, test, demo and install.
#
#   make demo     build cmplt and walk a sample register through the workflow
#   make test     build and run every test (unit and end-to-end)
#   make install  install the release build and the man page (PREFIX=/usr/local, DESTDIR for staging)
#   make man      regenerate docs/cmplt.1 from the command declarations
#   make bench    time cmplt against sqlite3 on 10k, 100k and 1M complaints; writes docs/benchmarks.md
#   make bench-quick  the same on 10k complaints only, in under a minute

PREFIX ?= /usr/local
BINDIR ?= $(PREFIX)/bin
MANDIR ?= $(PREFIX)/share/man/man1
SWIFT ?= swift
SWIFT_FLAGS ?=
# The release build is one fully static executable (Swift runtime, SQLite, glibc): no dynamic
# loader work at start-up, which halves the time of a short command (docs/benchmarks.md).
# The linker warns that getpwuid and dlopen need glibc's own shared libraries at run time;
# they are only a fallback for the login name and home folder, and work on the machine that builds.
RELEASE_FLAGS = -c release --static-swift-stdlib -Xswiftc -static-executable

.PHONY: all build release test demo man install uninstall clean deps format lint bench bench-quick bench-deps

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

## man: regenerate docs/cmplt.1 with the built cmplt (a test checks it matches the declarations).
man: build
	"$$($(SWIFT) build $(SWIFT_FLAGS) --show-bin-path)/cmplt" man > docs/cmplt.1.tmp
	mv docs/cmplt.1.tmp docs/cmplt.1

install: release
	install -d "$(DESTDIR)$(BINDIR)"
	install -m 0755 "$$($(SWIFT) build $(RELEASE_FLAGS) --show-bin-path)/cmplt" "$(DESTDIR)$(BINDIR)/cmplt"
	install -d "$(DESTDIR)$(MANDIR)"
	install -m 0644 docs/cmplt.1 "$(DESTDIR)$(MANDIR)/cmplt.1"

uninstall:
	rm -f "$(DESTDIR)$(BINDIR)/cmplt"
	rm -f "$(DESTDIR)$(MANDIR)/cmplt.1"

## bench-deps: install the sqlite3 shell and GNU time when they are missing (apt, as root).
bench-deps:
	@missing=""; \
	command -v sqlite3 >/dev/null || missing="$$missing sqlite3"; \
	[ -x /usr/bin/time ] || missing="$$missing time"; \
	if [ -z "$$missing" ]; then :; \
	elif [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
		echo "Installing$$missing…"; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing; \
	else \
		echo "The benchmarks need$$missing. Install with:"; \
		echo "    sudo apt-get install -y$$missing"; \
		exit 1; \
	fi

## bench: time cmplt against the sqlite3 shell on 10k, 100k and 1M complaints (see docs/benchmarks.md).
## The registers are generated once and cached in .build-bench/ (the 1M import takes minutes).
bench: release bench-deps
	CMPLT="$$($(SWIFT) build $(RELEASE_FLAGS) --show-bin-path)/cmplt" CMPLT_BUILD="swift build $(RELEASE_FLAGS)" bench/run.sh 10000 100000 1000000

## bench-quick: the 10k size only, in under a minute; the table goes to .build-bench/bench-quick.md.
bench-quick: release bench-deps
	CMPLT="$$($(SWIFT) build $(RELEASE_FLAGS) --show-bin-path)/cmplt" CMPLT_BUILD="swift build $(RELEASE_FLAGS)" BENCH_OUT=.build-bench/bench-quick.md \
		bench/run.sh 10000

lint:
	$(SWIFT) format lint --recursive --strict Sources Tests

format:
	$(SWIFT) format --in-place --recursive Sources Tests

clean:
	rm -rf .build
