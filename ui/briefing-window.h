/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "briefing-application.h"

G_BEGIN_DECLS

#define BRIEFING_TYPE_WINDOW (briefing_window_get_type ())
G_DECLARE_FINAL_TYPE (BriefingWindow, briefing_window, BRIEFING, WINDOW, AdwApplicationWindow)

BriefingWindow *briefing_window_new  (BriefingApplication *application);
void            briefing_window_open (BriefingWindow      *self,
                                      GFile               *file);

G_END_DECLS
