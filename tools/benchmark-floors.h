/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "benchmark-frames.h"

G_BEGIN_DECLS

/*
 * The floors benchmark-window's figures are divided by, measured in the same
 * process: a forced full redraw of the window (every widget snapshotted
 * again and every pixel repainted, the least a frame that changes what is
 * shown can cost), a bare AdwApplicationWindow's first frame after exec, and
 * the process's peak resident memory. With BENCHMARK_FIGURES=1 each figure
 * is also printed as one "@figure NAME VALUE" line, which
 * tools/benchmark-ratios reads to make its table.
 */
void    figure               (const char *name,
                              double      value);
gint64  exec_time            (void);
double  cpu_time_ms          (void);
double  peak_rss_mib         (void);
Stats   measure_full_redraw  (GtkWidget  *window,
                              guint       n_frames);
AdwApplication *bare_application_new (const char *id);
GtkWidget *present_bare_window (AdwApplication *application,
                                GtkWidget      *title,
                                GtkWidget      *content,
                                int             width,
                                int             height,
                                const char     *what,
                                const char     *name);
int     run_bare_window      (int         width,
                              int         height);
/* benchmark-text-floor.c */
int     run_text_window      (int         width,
                              int         height);

G_END_DECLS
