#!/bin/sh
# Regenerates english-docs.txt, Lab 8's English corpus: a snapshot of the kata's own chapters 1, 4 and 6
# (the project's text, so the project may redistribute it). Run from the repository root:
#   sh exercises/Lab08.CharText/Data/make-english.sh
# The snapshot is committed so that the numbers in docs/08-char-text.md stay reproducible when the chapters change.
set -eu
cat docs/01-two-step-rnn.md docs/04-time-series.md docs/06-noisy-signals.md > exercises/Lab08.CharText/Data/english-docs.txt
