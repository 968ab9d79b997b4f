# `make help`: each documented target of the Makefile (a `## ` comment just above it) with its
# comment, wrapped to 100 columns. Usage: awk -f scripts/make-help.awk Makefile
/^## / { text = text (text == "" ? "" : " ") substr($0, 4); next }
/^[a-z][a-z-]*:/ && text != "" {
  name = substr($0, 1, index($0, ":") - 1)
  sub("^" name ": ", "", text)
  line = sprintf("make %-14s", name)
  count = split(text, words, " ")
  for (i = 1; i <= count; i++) {
    if (length(line) + 1 + length(words[i]) > 100) { print line; line = sprintf("%19s", "") }
    line = line " " words[i]
  }
  print line
}
{ text = "" }
