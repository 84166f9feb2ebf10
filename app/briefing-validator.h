/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Exit statuses of `briefing --validate` */
enum
{
  BRIEFING_VALIDATE_OK        = 0,
  BRIEFING_VALIDATE_INVALID   = 1,
  BRIEFING_VALIDATE_BAD_USAGE = 2,
};

int briefing_validate_files        (const char * const *file_args);
int briefing_validate_command_line (const char * const *arguments);

G_END_DECLS
