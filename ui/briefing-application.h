/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define BRIEFING_TYPE_APPLICATION (briefing_application_get_type ())
G_DECLARE_FINAL_TYPE (BriefingApplication, briefing_application, BRIEFING, APPLICATION, AdwApplication)

BriefingApplication *briefing_application_new          (void);
GSettings           *briefing_application_get_settings (BriefingApplication *self);

G_END_DECLS
