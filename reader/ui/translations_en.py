"""English singulars of the counted messages: Qt's '%n' form needs a translation for '1 document' even in English.

Each key is the plural source text a message passes to ``tr(text, "", n)`` (or ``translate(context, text, None,
n)``); the value is what one of them reads as. A counted message whose words do not change with the count ('%n
re-read') needs no entry.
"""

EN_ONE = {
    "Added %n documents": "Added %n document",
    "All %n documents are already in the library": "The %n document is already in the library",
    "All %n documents are already in the library (same text)": "The %n document is already in the library (same text)",
    "%n were already added": "%n was already added",
    "%n files could not be added:": "%n file could not be added:",
    "%n new documents in watched folders": "%n new document in watched folders",
    "%n files in watched folders are not text (named above the text)":
        "%n file in watched folders is not text (named above the text)",
    "%n files in watched folders could not be added (why: above the text)":
        "%n file in watched folders could not be added (why: above the text)",
    "%n moved documents found again": "%n moved document found again",
    "%n files missing (Library › Locate… re-links one)": "%n file missing (Library › Locate… re-links it)",
    "%n changed documents read again": "%n changed document read again",
    "%n documents": "%n document",
    "Remove %n documents from the list?": "Remove %n document from the list?",
    "%n documents removed from the list (files untouched)": "%n document removed from the list (file untouched)",
    "%n characters": "%n character",
    "%n chars": "%n char",
    "%n undecodable bytes": "%n undecodable byte",
    "%n matches": "%n match",
}
