/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <locale.h>

#include "briefing-problem.h"
#include "briefing-safe-text.h"

static void
test_escape (void)
{
  const struct {
    const char *text;
    const char *escaped;
  } cases[] = {
    { "plain “quoted” Größe 😀", "plain “quoted” Größe 😀" },
    { "\033[31mred\033[0m", "\\u001B[31mred\\u001B[0m" },
    { "\033]0;title\007", "\\u001B]0;title\\u0007" },
    { "a\nb\rc\td", "a\\u000Ab\\u000Dc\\u0009d" },
    { "\x01\x1f\x7f", "\\u0001\\u001F\\u007F" },
    { "\xc2\x80\xc2\x85\xc2\x9b\xc2\x9f\xc2\xa0", "\\u0080\\u0085\\u009B\\u009F\xc2\xa0" },
    { "\xe2\x80\xaa\xe2\x80\xab\xe2\x80\xac\xe2\x80\xad\xe2\x80\xae", "\\u202A\\u202B\\u202C\\u202D\\u202E" },
    { "\xe2\x81\xa6\xe2\x81\xa7\xe2\x81\xa8\xe2\x81\xa9", "\\u2066\\u2067\\u2068\\u2069" },
    { "\xe2\x80\xa8\xe2\x80\xa9\xe2\x80\x8f", "\\u2028\\u2029\xe2\x80\x8f" },
    { "bad \xff byte, cut \xe2\x82", "bad \\xFF byte, cut \\xE2\\x82" },
    { "", "" },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *escaped = briefing_safe_text_escape (cases[i].text);

      g_assert_cmpstr (escaped, ==, cases[i].escaped);
    }
}

/* A problem is one line, whatever its file name, path and message hold. */
static void
test_problem_one_line (void)
{
  g_autoptr(BriefingProblem) problem = briefing_problem_new (BRIEFING_LOAD_ERROR_INVALID_VALUE,
                                                             "/topics/0/\033id",
                                                             "“x\nother.briefing:1:1: forged” is bad");
  g_autofree char *line = NULL;

  problem->line = 3;
  problem->column = 7;
  line = briefing_problem_to_string (problem, "evil\033]0;t\007.briefing");
  g_assert_cmpstr (line, ==, "evil\\u001B]0;t\\u0007.briefing:3:7: /topics/0/\\u001Bid: "
                             "“x\\u000Aother.briefing:1:1: forged” is bad");
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/safe-text/escape", test_escape);
  g_test_add_func ("/safe-text/problem-one-line", test_problem_one_line);

  return g_test_run ();
}
