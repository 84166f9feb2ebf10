/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/*
 * What benchmark-window measures with: the window's GdkFrameClock (when a
 * frame starts, when it is painted) and a timeout that probes the main loop
 * every few milliseconds; ways to let the window work until something
 * happened or everything settled; statistics and table rows to print; and,
 * with BENCHMARK_LABELS=1, every GtkLabel measure counted and timed by the
 * Briefing widget it is in.
 */
typedef struct
{
  /* Every painted frame's end (after-paint), while recording */
  GArray  *paints;
  gint64   last_paint;
  gint64   last_paint_cpu;   /* the main thread's CPU time then (cpu_now) */
  guint    n_paints;
  /* The start of the frame being made (the update phase) */
  gint64   frame_start;
  GArray  *frame_work;   /* after-paint − update, µs, while recording */
  gint64   frame_start_cpu;
  GArray  *frame_work_cpu; /* the same in the main thread's CPU time */

  /* The main loop probe */
  gint64   last_probe;
  gint64   max_probe_gap;
  gint64   last_busy;    /* the end of the last stall or long frame */
} BenchFrames;

extern BenchFrames frames;

typedef struct
{
  guint  n;
  double min, median, p95, max, mean;
} Stats;

gint64     now                  (void);
gint64     cpu_now              (void);
void       profile_part         (gboolean     on);
void       watch_frames         (GtkWidget   *window);
void       reset_probe          (void);
void       start_recording      (void);
void       stop_recording       (void);
void       iterate_until        (gboolean   (*done) (gpointer),
                                 gpointer     data);
gint64     wait_for_paint_after (gint64       t);
void       spin_ms              (guint        ms);
gint64     settle               (void);

void       count_labels         (void);
void       print_label_counts   (const char  *phase);
gboolean   counting_labels      (void);
guint      take_labelled_rows   (void);

Stats      stats_of             (GArray      *values_us);
GArray    *intervals_of         (GArray      *times);
void       print_row            (const char  *what,
                                 const char  *value);
void       print_ms             (const char  *what,
                                 double       ms);
void       print_stats          (const char  *what,
                                 Stats        s);

guint      count_children       (GtkWidget   *widget);

G_END_DECLS
