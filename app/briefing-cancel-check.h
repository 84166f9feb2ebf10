/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* What a load is doing when it asks whether it is cancelled. */
typedef enum
{
  BRIEFING_LOAD_STAGE_READ,     /* reading the file */
  BRIEFING_LOAD_STAGE_GUARD,    /* checking its bytes and grammar */
  BRIEFING_LOAD_STAGE_PARSE,    /* json-glib parsing a chunk of elements */
  BRIEFING_LOAD_STAGE_BUILD,    /* the builder making objects of the nodes */
  BRIEFING_LOAD_STAGE_SORT,     /* putting the events in the timeline's order */
  BRIEFING_LOAD_STAGE_INDEX,    /* the indexes by topic and entity, the counts */
  BRIEFING_LOAD_STAGE_LOCATE,   /* giving each problem its line and column */
  BRIEFING_LOAD_N_STAGES,
} BriefingLoadStage;

/* Items built between two questions to the cancellable: an event is some
 * tens of microseconds. */
#define BRIEFING_BUILD_CHECK_EVERY 32

/*
 * Asking a GCancellable every N items of a loop: each long step of a load
 * counts its items through one of these and stops the first time the answer
 * is yes. Once cancelled it stays so, and every loop sharing it ends.
 */
typedef struct
{
  GCancellable      *cancellable;
  BriefingLoadStage  stage;
  guint              every;
  guint              count;      /* items since the cancellable was last asked */
  gboolean           cancelled;
} BriefingCancelCheck;

void     briefing_cancel_check_init      (BriefingCancelCheck *check,
                                          GCancellable        *cancellable,
                                          BriefingLoadStage    stage,
                                          guint                every);
void     briefing_cancel_check_set_stage (BriefingCancelCheck *check,
                                          BriefingLoadStage    stage,
                                          guint                every);
gboolean briefing_cancel_check_items     (BriefingCancelCheck *check,
                                          guint                n_items);
gboolean briefing_cancel_check_now       (BriefingCancelCheck *check);

/* Counts one item: TRUE when the loop is to stop. A NULL check never stops. */
static inline gboolean
briefing_cancel_check_item (BriefingCancelCheck *check)
{
  if (check == NULL)
    return FALSE;
  if (G_LIKELY (!check->cancelled && ++check->count < check->every))
    return FALSE;
  return briefing_cancel_check_items (check, 0);
}

static inline gboolean
briefing_cancel_check_is_cancelled (const BriefingCancelCheck *check)
{
  return check != NULL && check->cancelled;
}

gboolean briefing_sort_cancellable       (GPtrArray           *array,
                                          GCompareDataFunc     compare,
                                          gpointer             user_data,
                                          BriefingCancelCheck *check);

/* For tests and benchmarks: called in the loading thread each time a check
 * asks its cancellable, just before it does (so that a hook that cancels is
 * heard at once), and again with @cancelled TRUE the one time it is heard. */
typedef void (*BriefingCancelCheckHook) (BriefingLoadStage stage,
                                         gboolean          cancelled,
                                         gpointer          user_data);
void     _briefing_cancel_check_set_hook (BriefingCancelCheckHook hook,
                                          gpointer                user_data);
const char *_briefing_load_stage_name    (BriefingLoadStage stage);

G_END_DECLS
