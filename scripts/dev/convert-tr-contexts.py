#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Give every translated text the context of the class that shows it.

Usage: scripts/dev/convert-tr-contexts.py FILE.cpp...

For each .cpp named after its class (Foo.cpp declares class Foo in Foo.h):
- removes the file-local helper `QString tr(const char *text) { return
  QCoreApplication::translate("Foo", text); }`;
- rewrites `QCoreApplication::translate("any context", ...)` and the helper's
  calls to `tr(...)` inside members of Foo and to `Foo::tr(...)` elsewhere in
  the file (free functions, classes private to the file, lambdas outside
  members), so every text gets Foo's context whatever context was written;
- adds Q_DECLARE_TR_FUNCTIONS(Foo) to Foo's declaration in Foo.h (with
  <QCoreApplication>), unless Foo has Q_OBJECT; a QIODevice or QObject
  subclass without Q_OBJECT gets Q_OBJECT instead (AUTOMOC is on); a
  header of free functions gets a struct Foo that only holds the context.

What it cannot do it prints as "manual:" and leaves alone: a namespace of the
file's name (make it a struct of static functions by hand), or a file with no
header (main.cpp: give its text to the class it belongs with). Strings themselves are never touched, so user-visible text
stays byte-identical. Check the result with tests/translations.
"""

import os
import re
import sys

HELPER = re.compile(
    r'(?:[ \t]*//[^\n]*\n)*'                      # a comment above it
    r'[ \t]*QString tr\(const char \*(\w+)\)\s*\{\s*'
    r'return (?:QCoreApplication|QApplication|QObject)::translate\("[^"]*", \1\);\s*\}\n\n?')
TRANSLATE = re.compile(r'(?:QCoreApplication|QApplication|QGuiApplication)::translate\(\s*"[^"]*",\s*')
BARE_TR = re.compile(r'(?<![\w.:>])tr\(')
QOBJECT_BASES = ('QObject', 'QIODevice', 'QFileDevice', 'QFile')


def code_mask(text):
    """A copy of text with string, char literals and comments blanked out, so
    braces and names are only found in code."""
    out = list(text)
    i, n = 0, len(text)
    while i < n:
        c = text[i]
        if text.startswith('//', i):
            j = text.find('\n', i)
            j = n if j < 0 else j
            for k in range(i, j):
                out[k] = ' '
            i = j
        elif text.startswith('/*', i):
            j = text.find('*/', i + 2)
            j = n if j < 0 else j + 2
            for k in range(i, j):
                if out[k] != '\n':
                    out[k] = ' '
            i = j
        elif c in '"\'':
            j = i + 1
            while j < n and text[j] != c:
                j += 2 if text[j] == '\\' else 1
            for k in range(i + 1, min(j, n)):
                out[k] = ' '
            i = j + 1
        else:
            i += 1
    return ''.join(out)


def member_ranges(text, cls):
    """(start, end) of every top-level function body that belongs to cls."""
    mask = code_mask(text)
    ranges = []
    stack = []          # kind of each open brace: 'ns' or 'body' or 'inner'
    last_end = 0        # end of the last top-level statement or brace
    body_start = None
    is_member = False
    for i, c in enumerate(mask):
        if c == '{':
            if all(k == 'ns' for k in stack):
                head = mask[last_end:i]
                if re.search(r'\bnamespace\b[\w:\s]*$', head):
                    stack.append('ns')
                    last_end = i + 1
                    continue
                stack.append('body')
                body_start = i
                is_member = re.search(r'\b' + re.escape(cls) + r'::~?\w+\s*\(', head) is not None
            else:
                stack.append('inner')
        elif c == '}':
            kind = stack.pop() if stack else 'ns'
            if kind == 'body':
                if is_member:
                    ranges.append((body_start, i))
                last_end = i + 1
            elif kind == 'ns':
                last_end = i + 1
        elif c == ';' and all(k == 'ns' for k in stack):
            last_end = i + 1
    return ranges


def convert_cpp(path, cls):
    text = open(path, encoding='utf-8').read()
    original = text
    text = HELPER.sub('', text)
    # An anonymous namespace left empty goes too.
    text = re.sub(r'\nnamespace \{\s*\} // namespace\n', '\n', text)
    text = TRANSLATE.sub('tr(', text)
    ranges = member_ranges(text, cls)

    def inside(pos):
        return any(a < pos < b for a, b in ranges)

    mask = code_mask(text)
    pieces, last = [], 0
    for m in BARE_TR.finditer(text):
        if mask[m.start()] != 't':  # in a string or a comment
            continue
        pieces.append(text[last:m.start()])
        pieces.append('tr(' if inside(m.start()) else cls + '::tr(')
        last = m.end()
    pieces.append(text[last:])
    text = ''.join(pieces)
    # The header brings <QCoreApplication> now; a .cpp that no longer names
    # it drops its include (and the blank line of a block left empty).
    if 'QCoreApplication' not in text.replace('#include <QCoreApplication>', ''):
        if '\n\n#include <QCoreApplication>\n\n' in text:
            text = text.replace('\n\n#include <QCoreApplication>\n\n', '\n\n')
        else:
            text = text.replace('#include <QCoreApplication>\n', '')
    if text != original:
        open(path, 'w', encoding='utf-8').write(text)
        return True
    return False


def add_include(text, header):
    line = '#include <%s>\n' % header
    if line in text:
        return text
    includes = list(re.finditer(r'^#include <(Q\w+)>\n', text, re.M))
    if includes:
        for m in includes:
            if m.group(1) > header:
                return text[:m.start()] + line + text[m.start():]
        end = includes[-1].end()
        return text[:end] + line + text[end:]
    all_includes = list(re.finditer(r'^#include [<"][^\n]*\n', text, re.M))
    if all_includes:
        end = all_includes[-1].end()
        return text[:end] + '\n' + line + text[end:]
    m = re.search(r'^#pragma once\n', text, re.M)
    return text[:m.end()] + '\n' + line + text[m.end():]


def convert_header(path, cls):
    """Returns 'qobject' when cls is a QObject with Q_OBJECT (it keeps its own
    tr()), 'declared' when cls now has Q_DECLARE_TR_FUNCTIONS, None when the
    header has no such class."""
    text = open(path, encoding='utf-8').read()
    m = re.search(r'^(class|struct) ' + re.escape(cls) + r'\b([^;{]*)\{[ \t]*\n', text, re.M)
    if not m:
        if re.search(r'^\s*namespace ' + re.escape(cls) + r'\b', text, re.M):
            return None  # a namespace of functions: make it a struct by hand
        # Free functions: a struct of the file's name holds their context.
        top = re.search(r'^namespace ladder \{\n\n', text, re.M)
        if not top:
            return None
        context = ('// The translation context of the text of the functions below.\n'
                   'struct %s\n{\n    Q_DECLARE_TR_FUNCTIONS(%s)\n};\n\n' % (cls, cls))
        text = add_include(text[:top.end()] + context + text[top.end():], 'QCoreApplication')
        open(path, 'w', encoding='utf-8').write(text)
        return 'context'
    kind, bases = m.group(1), m.group(2)
    body = text[m.end():]
    first = body.lstrip()
    if first.startswith('Q_OBJECT') or first.startswith('Q_GADGET'):
        return 'qobject'
    if first.startswith('Q_DECLARE_TR_FUNCTIONS'):
        return 'declared'
    if any(re.search(r'\b%s\b' % b, bases) for b in QOBJECT_BASES):
        text = text[:m.end()] + '    Q_OBJECT\n\n' + body
        open(path, 'w', encoding='utf-8').write(text)
        return 'qobject'
    insert = '    Q_DECLARE_TR_FUNCTIONS(%s)\n' % cls
    if kind == 'struct':
        insert += '\npublic:\n'
    else:
        insert += '\n'
    text = text[:m.end()] + insert + body
    text = add_include(text, 'QCoreApplication')
    open(path, 'w', encoding='utf-8').write(text)
    return 'declared'


def main(paths):
    status = 0
    for path in paths:
        src = open(path, encoding='utf-8').read()
        if not (HELPER.search(src) or TRANSLATE.search(src)):
            continue
        cls = os.path.splitext(os.path.basename(path))[0]
        header = os.path.splitext(path)[0] + '.h'
        contexts = set(re.findall(r'::translate\(\s*"([^"]*)"', src))
        for ctx in sorted(contexts - {cls}):
            print('%s: context "%s" becomes %s' % (path, ctx, cls))
        kind = convert_header(header, cls) if os.path.exists(header) else None
        if kind is None:
            print('manual: %s: no class or struct %s in %s' % (path, cls, header))
            status = 1
            continue
        convert_cpp(path, cls)
        print('converted: %s (%s)' % (path, kind))
    return status


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
