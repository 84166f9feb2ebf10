/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define BRIEFING_TYPE_TOPIC (briefing_topic_get_type ())
G_DECLARE_FINAL_TYPE (BriefingTopic, briefing_topic, BRIEFING, TOPIC, GObject)

const char *briefing_topic_get_id          (BriefingTopic *self);
const char *briefing_topic_get_title       (BriefingTopic *self);
const char *briefing_topic_get_description (BriefingTopic *self);
guint       briefing_topic_get_n_events    (BriefingTopic *self);
guint       briefing_topic_get_n_turns     (BriefingTopic *self);

G_END_DECLS
