/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <stdlib.h>
#include <time.h>

#include "benchmark-frames.h"

#define TIMEOUT_S 120
#define PROBE_INTERVAL_MS 5
/* A frame or a main-loop stall longer than this is work still going on. */
#define BUSY_US 50000
#define QUIET_US 300000

BenchFrames frames;

gint64
now (void)
{
  return g_get_monotonic_time ();
}

/* The main thread's CPU time (µs): what a change costs the thread that
 * paints, whatever the machine's other processes take of the wall clock. */
gint64
cpu_now (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_THREAD_CPUTIME_ID, &ts);
  return (gint64) ts.tv_sec * G_USEC_PER_SEC + ts.tv_nsec / 1000;
}

/* With BENCHMARK_PERF_CTL=FIFO, tells `perf record -D -1 --control
 * fifo:FIFO[,ACK]` to sample only the parts measured (not the opening);
 * with BENCHMARK_PERF_ACK=ACK too, waits until perf has done so, so that a
 * part as short as a frame is sampled from its start. */
void
profile_part (gboolean on)
{
  const char *fifo = g_getenv ("BENCHMARK_PERF_CTL");
  const char *ack = g_getenv ("BENCHMARK_PERF_ACK");
  FILE *ctl;

  if (fifo == NULL || *fifo == '\0' || (ctl = fopen (fifo, "w")) == NULL)
    return;
  fputs (on ? "enable\n" : "disable\n", ctl);
  fclose (ctl);
  if (ack != NULL && *ack != '\0' && (ctl = fopen (ack, "r")) != NULL)
    {
      char reply[16];

      if (fgets (reply, sizeof reply, ctl) == NULL)
        g_printerr ("benchmark: no answer from perf on %s\n", ack);
      fclose (ctl);
    }
}

static void
on_update_cb (GdkFrameClock *clock,
              gpointer       data)
{
  frames.frame_start = now ();
  frames.frame_start_cpu = cpu_now ();
}

static void
on_after_paint_cb (GdkFrameClock *clock,
                   gpointer       data)
{
  gint64 t = now ();

  if (frames.paints != NULL)
    {
      g_array_append_val (frames.paints, t);
      if (frames.frame_start > frames.last_paint)
        {
          gint64 work = t - frames.frame_start;
          gint64 work_cpu = cpu_now () - frames.frame_start_cpu;

          g_array_append_val (frames.frame_work, work);
          g_array_append_val (frames.frame_work_cpu, work_cpu);
        }
    }
  if (frames.frame_start > frames.last_paint && t - frames.frame_start > BUSY_US)
    frames.last_busy = t;
  frames.last_paint = t;
  frames.last_paint_cpu = cpu_now ();
  frames.n_paints++;
}

static gboolean
probe_cb (gpointer data)
{
  gint64 t = now ();

  if (frames.last_probe != 0)
    frames.max_probe_gap = MAX (frames.max_probe_gap, t - frames.last_probe);
  if (frames.last_probe != 0 && t - frames.last_probe > BUSY_US)
    frames.last_busy = t;
  frames.last_probe = t;
  return G_SOURCE_CONTINUE;
}

void
reset_probe (void)
{
  frames.last_probe = now ();
  frames.max_probe_gap = 0;
}

void
start_recording (void)
{
  g_clear_pointer (&frames.paints, g_array_unref);
  g_clear_pointer (&frames.frame_work, g_array_unref);
  g_clear_pointer (&frames.frame_work_cpu, g_array_unref);
  frames.paints = g_array_new (FALSE, FALSE, sizeof (gint64));
  frames.frame_work = g_array_new (FALSE, FALSE, sizeof (gint64));
  frames.frame_work_cpu = g_array_new (FALSE, FALSE, sizeof (gint64));
}

void
stop_recording (void)
{
  /* Keeps the arrays for reading; the next start drops them. */
  GArray *paints = frames.paints;

  frames.paints = NULL;
  g_clear_pointer (&paints, g_array_unref);
}

void
iterate_until (gboolean (*done) (gpointer),
               gpointer   data)
{
  gint64 end = now () + TIMEOUT_S * G_USEC_PER_SEC;

  while (!done (data))
    {
      if (now () > end)
        {
          g_printerr ("benchmark-window: timed out\n");
          exit (1);
        }
      g_main_context_iteration (NULL, TRUE);
    }
}

static gboolean
painted_after (gpointer data)
{
  return frames.last_paint > *(gint64 *) data;
}

/* Returns when a frame that began after @t has been painted: its time. */
gint64
wait_for_paint_after (gint64 t)
{
  iterate_until (painted_after, &t);
  return frames.last_paint;
}

static gboolean
time_passed (gpointer data)
{
  return now () >= *(gint64 *) data;
}

void
spin_ms (guint ms)
{
  gint64 end = now () + ms * 1000;

  /* The main-loop probe wakes the loop every few milliseconds. */
  iterate_until (time_passed, &end);
}

static gboolean
quiet (gpointer data)
{
  gint64 t = now ();

  return t - MAX (frames.last_busy, *(gint64 *) data) >= QUIET_US;
}

/* Lets everything the last step started finish (frames, idles, the loader):
 * until neither a frame nor the main loop took long for a while. Returns
 * when the last long frame or stall ended. */
gint64
settle (void)
{
  gint64 start = now ();

  iterate_until (quiet, &start);
  return frames.last_busy;
}

/* Where text is measured: with BENCHMARK_LABELS=1, every GtkLabel measure is
 * counted and timed, by the nearest enclosing widget of Briefing's own. */

static void (*label_measure) (GtkWidget *, GtkOrientation, int, int *, int *, int *, int *);
static GHashTable *label_counts;   /* type name → LabelCount */
static GHashTable *label_widgets;  /* labels measured */
static GHashTable *label_rows;     /* their Briefing*Row / *Bubble ancestors */

typedef struct
{
  guint64 calls;
  gint64  time;
} LabelCount;

static const char *
label_owner (GtkWidget *label)
{
  for (GtkWidget *w = gtk_widget_get_parent (label); w != NULL; w = gtk_widget_get_parent (w))
    {
      const char *name = G_OBJECT_TYPE_NAME (w);

      if (g_str_has_prefix (name, "Briefing") && !g_str_equal (name, "BriefingWrapBox") &&
          !g_str_equal (name, "BriefingChip") && !g_str_equal (name, "BriefingFigureMeter"))
        {
          g_hash_table_add (label_rows, w);
          return name;
        }
    }
  return "(other)";
}

/* GtkWidgetClass.measure's parameters, which every widget that measures
 * repeats, written short: the hook passes them on untouched. */
static void
counting_label_measure (GtkWidget *widget, GtkOrientation orientation, int for_size,
                        int *minimum, int *natural, int *minimum_baseline, int *natural_baseline)
{
  gint64 t0 = now ();
  const char *owner;
  LabelCount *count;

  label_measure (widget, orientation, for_size, minimum, natural, minimum_baseline, natural_baseline);
  owner = label_owner (widget);
  count = g_hash_table_lookup (label_counts, owner);
  if (count == NULL)
    {
      count = g_new0 (LabelCount, 1);
      g_hash_table_insert (label_counts, (gpointer) owner, count);
    }
  count->calls++;
  count->time += now () - t0;
  g_hash_table_add (label_widgets, widget);
}

void
count_labels (void)
{
  GtkWidgetClass *klass = g_type_class_ref (GTK_TYPE_LABEL);

  label_counts = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);
  label_widgets = g_hash_table_new (NULL, NULL);
  label_rows = g_hash_table_new (NULL, NULL);
  label_measure = klass->measure;
  klass->measure = counting_label_measure;
}

void
print_label_counts (const char *phase)
{
  GHashTableIter iter;
  gpointer key, value;

  if (label_counts == NULL)
    return;
  g_print ("\nGtkLabel measures during %s (%u distinct labels in %u rows and pages):\n", phase,
           g_hash_table_size (label_widgets), g_hash_table_size (label_rows));
  g_hash_table_iter_init (&iter, label_counts);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      LabelCount *count = value;

      g_print ("  in %-24s %10" G_GUINT64_FORMAT " calls, %8.1f ms\n", (char *) key,
               count->calls, count->time / 1000.0);
    }
  g_hash_table_remove_all (label_counts);
  g_hash_table_remove_all (label_widgets);
  g_hash_table_remove_all (label_rows);
}

gboolean
counting_labels (void)
{
  return label_rows != NULL;
}

/* How many rows had labels measured since the last call. */
guint
take_labelled_rows (void)
{
  guint n = g_hash_table_size (label_rows);

  g_hash_table_remove_all (label_rows);
  return n;
}

/* Statistics */

static int
compare_int64 (gconstpointer a,
               gconstpointer b)
{
  gint64 x = *(const gint64 *) a, y = *(const gint64 *) b;

  return x < y ? -1 : x > y;
}

Stats
stats_of (GArray *values_us)
{
  g_autoptr(GArray) sorted = g_array_copy (values_us);
  Stats s = { 0 };
  double sum = 0;

  s.n = sorted->len;
  if (s.n == 0)
    return s;
  g_array_sort (sorted, compare_int64);
  for (guint i = 0; i < s.n; i++)
    sum += g_array_index (sorted, gint64, i);
  s.min = g_array_index (sorted, gint64, 0) / 1000.0;
  s.median = g_array_index (sorted, gint64, s.n / 2) / 1000.0;
  s.p95 = g_array_index (sorted, gint64, MIN (s.n - 1, (guint) (s.n * 0.95))) / 1000.0;
  s.max = g_array_index (sorted, gint64, s.n - 1) / 1000.0;
  s.mean = sum / s.n / 1000.0;
  return s;
}

GArray *
intervals_of (GArray *times)
{
  GArray *gaps = g_array_new (FALSE, FALSE, sizeof (gint64));

  for (guint i = 1; i < times->len; i++)
    {
      gint64 gap = g_array_index (times, gint64, i) - g_array_index (times, gint64, i - 1);

      g_array_append_val (gaps, gap);
    }
  return gaps;
}

void
print_row (const char *what,
           const char *value)
{
  g_print ("| %-58s | %s |\n", what, value);
}

void
print_ms (const char *what,
          double      ms)
{
  g_autofree char *value = g_strdup_printf ("%.0f ms", ms);

  print_row (what, value);
}

void
print_stats (const char *what,
             Stats       s)
{
  g_autofree char *value = g_strdup_printf ("min %.1f, median %.1f, p95 %.1f, max %.1f ms (n = %u)",
                                            s.min, s.median, s.p95, s.max, s.n);

  print_row (what, value);
}

guint
count_children (GtkWidget *widget)
{
  guint n = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    n++;
  return n;
}


/**
 * watch_frames:
 *
 * Records @window's frames (see BenchFrames) and probes the main loop every
 * few milliseconds, from now on.
 */
void
watch_frames (GtkWidget *window)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (window);

  g_assert (clock != NULL);
  g_signal_connect (clock, "update", G_CALLBACK (on_update_cb), NULL);
  g_signal_connect (clock, "after-paint", G_CALLBACK (on_after_paint_cb), NULL);
  g_timeout_add (PROBE_INTERVAL_MS, probe_cb, NULL);
}
