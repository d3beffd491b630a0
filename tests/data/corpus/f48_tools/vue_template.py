#!/usr/bin/env python3
"""Nuxt page component (.vue) -> the HTML its <template> renders for the article: the outer <template> element's
content with the <Head>...</Head> block (page <Title>/<Meta>, not shown in the page body) removed; <script> and
<style> sections dropped. usage: vue_template.py SRC.vue OUT.html"""
import re, sys
t = open(sys.argv[1], encoding='utf-8').read()
s = t.index('<template>') + len('<template>')
e = t.rindex('</template>')
body = t[s:e]
body = re.sub(r'(?s)<Head>.*?</Head>', '', body, count=1)
open(sys.argv[2], 'w', encoding='utf-8').write(body)
