/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/**
 * BriefingLoadError:
 * @BRIEFING_LOAD_ERROR_EMPTY: the file is empty
 * @BRIEFING_LOAD_ERROR_ENCODING: the file is not UTF-8 text
 * @BRIEFING_LOAD_ERROR_SYNTAX: the file is not well-formed JSON
 * @BRIEFING_LOAD_ERROR_TOO_DEEP: the JSON is nested too deep
 * @BRIEFING_LOAD_ERROR_INVALID_STRING: a string escapes NUL or half a surrogate pair
 * @BRIEFING_LOAD_ERROR_DUPLICATE_MEMBER: a top-level member appears twice
 * @BRIEFING_LOAD_ERROR_NOT_A_REPORT: the JSON is not a Briefing report
 * @BRIEFING_LOAD_ERROR_UNSUPPORTED_VERSION: the report's major version is not 1
 * @BRIEFING_LOAD_ERROR_MISSING_MEMBER: a required member is missing
 * @BRIEFING_LOAD_ERROR_WRONG_TYPE: a member has the wrong JSON type
 * @BRIEFING_LOAD_ERROR_INVALID_VALUE: a value breaks a rule of the format
 * @BRIEFING_LOAD_ERROR_INVALID_DATE: a date is malformed or impossible
 * @BRIEFING_LOAD_ERROR_DUPLICATE_ID: two objects of one kind share an id
 * @BRIEFING_LOAD_ERROR_UNKNOWN_REFERENCE: a reference names no object of its kind
 * @BRIEFING_LOAD_ERROR_TOO_LARGE: an array holds more items than Briefing reads
 * @BRIEFING_LOAD_ERROR_TOO_MANY_PROBLEMS: not a problem of its own: the last of a
 *   list of %BRIEFING_MAX_PROBLEMS problems, which counts those not kept
 *
 * The kinds of problem a report file can have. A #GError of this domain carries
 * every problem found (see briefing_load_error_get_problems()); its code is the
 * first problem's.
 */
typedef enum
{
  BRIEFING_LOAD_ERROR_EMPTY,
  BRIEFING_LOAD_ERROR_ENCODING,
  BRIEFING_LOAD_ERROR_SYNTAX,
  BRIEFING_LOAD_ERROR_TOO_DEEP,
  BRIEFING_LOAD_ERROR_INVALID_STRING,
  BRIEFING_LOAD_ERROR_DUPLICATE_MEMBER,
  BRIEFING_LOAD_ERROR_NOT_A_REPORT,
  BRIEFING_LOAD_ERROR_UNSUPPORTED_VERSION,
  BRIEFING_LOAD_ERROR_MISSING_MEMBER,
  BRIEFING_LOAD_ERROR_WRONG_TYPE,
  BRIEFING_LOAD_ERROR_INVALID_VALUE,
  BRIEFING_LOAD_ERROR_INVALID_DATE,
  BRIEFING_LOAD_ERROR_DUPLICATE_ID,
  BRIEFING_LOAD_ERROR_UNKNOWN_REFERENCE,
  BRIEFING_LOAD_ERROR_TOO_LARGE,
  BRIEFING_LOAD_ERROR_TOO_MANY_PROBLEMS,
} BriefingLoadError;

/* Problems kept of one file: past them only a count, so that a file of a
 * million mistakes costs no more memory than one of a thousand. */
#define BRIEFING_MAX_PROBLEMS 1000

#define BRIEFING_LOAD_ERROR (briefing_load_error_quark ())
GQuark briefing_load_error_quark (void);

/**
 * BriefingProblem:
 * @code: the kind of problem
 * @path: (nullable): the JSON pointer of the value at fault (`/events/3/date`), %NULL
 *   for problems of the text itself; "" is the whole document
 * @line: the line of the mistake from 1, or 0 when not known
 * @column: the column (in characters) from 1, or 0 when not known
 * @message: what is wrong, for a person
 * @n_more: for %BRIEFING_LOAD_ERROR_TOO_MANY_PROBLEMS, how many were not kept
 */
typedef struct
{
  BriefingLoadError code;
  char             *path;
  guint             line;
  guint             column;
  char             *message;
  guint             n_more;
} BriefingProblem;

#define BRIEFING_TYPE_PROBLEM (briefing_problem_get_type ())

GType            briefing_problem_get_type  (void) G_GNUC_CONST;
BriefingProblem *briefing_problem_new       (BriefingLoadError     code,
                                             const char           *path,
                                             const char           *message);
BriefingProblem *briefing_problem_copy      (const BriefingProblem *problem);
void             briefing_problem_free      (BriefingProblem       *problem);
char            *briefing_problem_to_string (const BriefingProblem *problem,
                                             const char            *file_name);

void             briefing_problems_add      (GPtrArray             *problems,
                                             BriefingProblem       *problem);

GPtrArray       *briefing_load_error_get_problems (const GError *error);
guint            briefing_load_error_get_n_omitted (const GError *error);
GError          *briefing_load_error_new          (const char   *file_name,
                                                   GPtrArray    *problems);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (BriefingProblem, briefing_problem_free)

G_END_DECLS
