/*
 * The IOS command grammar hub (ARCHITECTURE decision 5). Feature grammars in imports/ hold the
 * commands; this file only joins them and defines the generic argument token types. The
 * interactive engine (org.ikelab.parse) never runs the generated lexer: it splits a line into
 * words itself and gives each word a keyword type (a literal of some parser rule) or one of the
 * argument types below. See grammar/README.md for the conventions.
 */
grammar Ios;

import Ios_exec, Ios_global, Ios_interface, Ios_line, Ios_acl, Ios_routing, Ios_crypto, Ios_runtime, Ios_crypto_exec;

// LINE is never produced by a lexer rule: the engine gives it to the rest of the line, spaces
// included, where a LINE argument is expected (descriptions, remarks, regexes, passwords).
tokens { LINE }

IPV4   : [0-9]+ '.' [0-9]+ '.' [0-9]+ '.' [0-9]+ ;
SLOT   : [0-9]+ '/' [0-9]+ ;
NUMBER : [0-9]+ ;
WORD   : ~[ \t\r\n]+ ;
WS     : [ \t\r\n]+ -> skip ;
