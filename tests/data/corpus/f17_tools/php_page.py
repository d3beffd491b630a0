#!/usr/bin/env python3
"""Assemble a PHP view page as the browser gets it for a visitor who is not logged in: each
require_once(.../public/NAME.php) line is replaced by the saved include, the login conditional
'<?php if($account):?>..<?php echo $account;else:?>X<?php endif;?>' keeps its else branch X, and every
other <?php ... ?> block (code, attribute conditionals) is dropped.
usage: php_page.py OUT.html DETAIL.php INCLUDE_PREFIX   (include files: INCLUDE_PREFIX + NAME + .php)"""
import re, sys
out, detail, prefix = sys.argv[1:4]
t = open(detail, encoding='utf-8').read()
t = re.sub(r"<\?php require_once\(dirname\(__FILE__\)\.'/'\.'\.\./public/(\w+)\.php'\);\?>",
           lambda m: open(prefix + m.group(1) + '.php', encoding='utf-8').read(), t)
t = re.sub(r"<\?php if\(\$account\):\?>.*?else:\?>(.*?)<\?php endif;\?>", r"\1", t, flags=re.S)
t = re.sub(r"<\?php.*?\?>", "", t, flags=re.S)
open(out, 'w', encoding='utf-8').write(t)
print(out, len(t))
