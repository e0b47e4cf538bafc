# UBSan: str.c:224 make_str "index 576 out of bounds for type Object *[128]" - the U+0080..U+00FF cache took any 2-byte 1-code-point piece with a lead byte < 0xC4, so invalid UTF-8 (here byte 0x8B in the source) indexes past latin1_strs
‹"
