#!/usr/bin/env python3
"""Which kinds of PolNeAR attributions the quote stage misses, and how many.
Python 3 standard library only. Complements build/polnear_eval (which scores)
with an error analysis by construction.

    python3 scripts/polnear_error_kinds.py [--build DIR] [--data DIR] [--split dev|train]

Runs `DIR/newsgraph extract --verbatim` over the split's articles and sorts
every gold attribution into one outcome:

    exact     every content segment found with exactly its span
    boundary  found in part, or with other boundaries
    missed    no prediction shares a character with any segment

and every attribution into a construction, read off its annotated cue and
its position (first match wins):

    speech verb      the cue holds a verb of data/lexicons/speech_verbs.txt
    belief/intent    ... of belief_cues.txt or infinitive_cues.txt
    object/stance    ... of object_cues.txt ("endorsed", "criticized")
    according to     "according to", "as X put it"
    evidential       seem/appear/look/sound, "is expected", "reportedly"
    passive          be + participle ("was accused", "has been criticized")
    noun cue         the cue is a noun phrase ("claims of", "questions about")
    preposition      "in", "for", "among" (a poll, a perspective)
    other verb       any other cue (stance verbs PolNeAR counts as attribution:
                     "attacked", "downplayed", "ignores")

Each row also says where the content stands (after the cue, before it, split
around it) and whether it has a source. Matching is the scorer's, simplified:
spans are compared after trimming spaces and punctuation, segments are the
fragments merged across non-word gaps. Figures agree with polnear_eval's
exact recall to within a few tenths of a point.

The test split is a sealed benchmark: this script refuses to read it.
"""

import argparse
import collections
import json
import os
import re
import subprocess
import sys

TRIM = set(' \t\n\r\xa0.,;:!?"\u201c\u201d\u2018\u2019\'\u00ab\u00bb\u201e\u2014\u2013-()[]*')


def trim(text, s, e):
    while s < e and text[s] in TRIM:
        s += 1
    while e > s and text[e - 1] in TRIM:
        e -= 1
    return s, e


def segments(text, fragments):
    frags = sorted(fragments)
    out = [list(frags[0])]
    for s, e in frags[1:]:
        if re.search(r'\w', text[out[-1][1]:s]):
            out.append([s, e])
        else:
            out[-1][1] = max(out[-1][1], e)
    return [trim(text, s, e) for s, e in out]


def lexicon(root, name):
    words = set()
    with open(os.path.join(root, 'data', 'lexicons', name), encoding='utf-8') as f:
        for line in f:
            line = line.strip()
            if line and not line.startswith('#'):
                words.add(line.split()[0].lower())
    return words


def construction(cue, lex):
    words = re.findall(r"[A-Za-z\u2019']+", cue.lower())
    if not words:
        return 'other verb'
    if 'according' in words or ('put' in words and 'it' in words) or ('puts' in words and 'it' in words):
        return 'according to'
    if any(w in lex['speech'] for w in words):
        return 'speech verb'
    if any(w in lex['belief'] for w in words):
        return 'belief/intent'
    if any(w in lex['object'] for w in words):
        return 'object/stance'
    if any(re.match(r'(seem|appear|look|sound)', w) for w in words) or 'reportedly' in words or \
            'expected' in words:
        return 'evidential'
    be = {'is', 'are', 'was', 'were', 'been', 'be', 'being'}
    if any(w in be for w in words[:-1]) and re.search(r'(ed|en|wn)$', words[-1] if words[-1] not in
                                                      ('by', 'with', 'of', 'for', 'as', 'to') else words[-2]):
        return 'passive'
    if len(words) <= 2 and words[0] in ('in', 'for', 'among', 'from', 'by', 'on', 'with', 'at'):
        return 'preposition'
    head = words[0]
    if head in ('the', 'a', 'an', 'his', 'her', 'their', 'its') or re.search(
            r'(tion|ment|ism|ance|ence|ity|ies|ion|s)$', head) and len(words) >= 1 and \
            (len(words) == 1 or words[1] in ('of', 'about', 'for', 'to', 'that', 'on', 'over', 'against')):
        return 'noun cue'
    return 'other verb'


def position(at):
    content_start = min(s for s, _ in at['content'])
    cue_start = at['cue'][0][0] if at['cue'] else None
    if len(at['content']) > 1 and cue_start is not None and \
            min(s for s, _ in at['content']) < cue_start < max(e for _, e in at['content']):
        return 'split'
    if cue_start is None:
        return 'no cue'
    return 'after cue' if content_start > cue_start else 'before cue'


def main():
    here = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--build', default=os.path.join(here, 'build'))
    ap.add_argument('--data', default=os.path.join(here, 'dev-data', 'polnear'))
    ap.add_argument('--split', default='dev', choices=['dev', 'train'])
    args = ap.parse_args()
    base = os.path.join(args.data, args.split)
    out = subprocess.run([os.path.join(args.build, 'newsgraph'), 'extract', '--verbatim',
                          os.path.join(base, 'text') + '/'], capture_output=True, text=True, check=True).stdout
    predictions = {}
    for line in out.splitlines():
        d = json.loads(line)
        predictions[os.path.basename(d['path'])[:-4]] = d
    lex = {'speech': lexicon(here, 'speech_verbs.txt'),
           'belief': lexicon(here, 'belief_cues.txt') | lexicon(here, 'infinitive_cues.txt'),
           'object': lexicon(here, 'object_cues.txt')}
    table = collections.defaultdict(collections.Counter)
    places = collections.defaultdict(collections.Counter)
    total = collections.Counter()
    with open(os.path.join(base, 'attributions.jsonl'), encoding='utf-8') as f:
        for line in f:
            art = json.loads(line)
            with open(os.path.join(base, art['text_file']), encoding='utf-8') as tf:
                text = tf.read()
            spans = []
            for q in predictions.get(art['id'], {}).get('quotes', []):
                c = q.get('clause') or q
                spans.append(trim(text, c['start'], c['end']))
            exact = set(spans)
            for at in art['attributions']:
                if not at['content']:
                    continue
                segs = segments(text, at['content'])
                if all(g in exact for g in segs):
                    outcome = 'exact'
                elif any(x[0] < g[1] and g[0] < x[1] for x in spans for g in segs):
                    outcome = 'boundary'
                else:
                    outcome = 'missed'
                kind = construction(at['cue_text'] or '', lex) if at['cue'] else 'no cue'
                where = position(at) + (', no source' if not at['source'] else '')
                table[kind][outcome] += 1
                places[where][outcome] += 1
                total[outcome] += 1
    n = sum(total.values())
    print(f'PolNeAR {args.split}: {n} attributions; exact {total["exact"]} ({total["exact"] / n:.3f}), '
          f'boundary {total["boundary"]}, missed {total["missed"]}')
    for title, rows in (('construction', table), ('content position', places)):
        print(f'\n{title:<22} {"gold":>6} {"exact":>6} {"bound.":>6} {"missed":>6}  exact share  share of all missed')
        for k, c in sorted(rows.items(), key=lambda kv: -sum(kv[1].values())):
            g = sum(c.values())
            print(f'{k:<22} {g:>6} {c["exact"]:>6} {c["boundary"]:>6} {c["missed"]:>6}  '
                  f'{c["exact"] / g:>11.3f}  {c["missed"] / max(1, total["missed"]):>19.3f}')


if __name__ == '__main__':
    if any(a == 'test' or a.endswith('/test') for a in sys.argv[1:]):
        sys.exit('the PolNeAR test split is sealed')
    main()
