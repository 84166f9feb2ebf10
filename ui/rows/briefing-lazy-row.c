/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <adwaita.h>
#include <float.h>
#include <glib/gi18n.h>

#include "briefing-lazy-row.h"
#include "briefing-reader-state.h"
#include "briefing-text-scale.h"

typedef struct
{
  gboolean            lazy;
  gboolean            built;
  gboolean            has_content; /* init_content() ran */
  gboolean            constructed; /* "lazy" is known */
  char               *search_text;
  double              text_scale;
  BriefingTextMetrics metrics;     /* for estimates, at text_scale */
  GObject            *state;       /* followed through signals, not owned */
} BriefingLazyRowPrivate;

G_DEFINE_ABSTRACT_TYPE_WITH_PRIVATE (BriefingLazyRow, briefing_lazy_row, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_LAZY,
  PROP_SEARCH_TEXT,
  PROP_TEXT_SCALE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static GtkWidget *
content (BriefingLazyRow *self)
{
  return gtk_widget_get_first_child (GTK_WIDGET (self));
}

enum {
  COPIED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* Right-click on a row's text: beside the label's own Copy and Select All,
 * the whole item, with where it comes from ("row.copy"). One menu a class. */
static GMenuModel *
class_copy_menu (BriefingLazyRow *self)
{
  static GQuark quark;
  GType type = G_OBJECT_TYPE (self);
  GMenu *menu;

  if (quark == 0)
    quark = g_quark_from_static_string ("briefing-lazy-row-copy-menu");
  if ((menu = g_type_get_qdata (type, quark)) == NULL)
    {
      menu = g_menu_new ();
      g_menu_append (menu, _(BRIEFING_LAZY_ROW_GET_CLASS (self)->copy_label), "row.copy");
      g_type_set_qdata (type, quark, menu);  /* kept with the class, for good */
    }
  return G_MENU_MODEL (menu);
}

static void
set_copy_menu (GtkWidget  *widget,
               GMenuModel *menu)
{
  if (GTK_IS_LABEL (widget) && gtk_label_get_selectable (GTK_LABEL (widget)))
    gtk_label_set_extra_menu (GTK_LABEL (widget), menu);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    set_copy_menu (child, menu);
}

/* After the labels were made: a row's quotes, links… come with its item. */
static void
attach_copy_menu (BriefingLazyRow *self)
{
  if (BRIEFING_LAZY_ROW_GET_CLASS (self)->copy_text != NULL && content (self) != NULL)
    set_copy_menu (content (self), class_copy_menu (self));
}

static void
copy_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  BriefingLazyRow *self = BRIEFING_LAZY_ROW (widget);
  g_autofree char *text = briefing_lazy_row_copy_text (self);

  if (text == NULL)
    return;
  gdk_clipboard_set_text (gtk_widget_get_clipboard (widget), text);
  g_signal_emit (self, signals[COPIED], 0);
}

/* The maximum size of the AdwClamp at the root of a class's template, once
 * a row of the class made its widgets: 0 when not known yet, -1 for none. */
static GQuark
content_cap_quark (void)
{
  static GQuark quark;

  if (quark == 0)
    quark = g_quark_from_static_string ("briefing-lazy-row-content-cap");
  return quark;
}

static int
class_content_cap (BriefingLazyRow *self)
{
  return GPOINTER_TO_INT (g_type_get_qdata (G_OBJECT_TYPE (self), content_cap_quark ()));
}

static void
ensure_content (BriefingLazyRow *self)
{
  BriefingLazyRowPrivate *priv = briefing_lazy_row_get_instance_private (self);
  GtkWidget *root;

  if (priv->has_content)
    return;
  priv->has_content = TRUE;
  if (BRIEFING_LAZY_ROW_GET_CLASS (self)->init_content != NULL)
    BRIEFING_LAZY_ROW_GET_CLASS (self)->init_content (self);
  if (class_content_cap (self) == 0)
    {
      root = content (self);
      g_type_set_qdata (G_OBJECT_TYPE (self), content_cap_quark (),
                        GINT_TO_POINTER (ADW_IS_CLAMP (root) ? MAX (1, adw_clamp_get_maximum_size (ADW_CLAMP (root))) : -1));
    }
}

static void
unbuild (BriefingLazyRow *self)
{
  BriefingLazyRowPrivate *priv = briefing_lazy_row_get_instance_private (self);

  /* The widgets keep what they showed until built again, hidden. */
  priv->built = FALSE;
  if (content (self) != NULL)
    gtk_widget_set_visible (content (self), FALSE);
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

/* Text wraps: heights depend on the width, built or estimated. */
static GtkSizeRequestMode
briefing_lazy_row_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
briefing_lazy_row_measure (GtkWidget      *widget,
                           GtkOrientation  orientation,
                           int             for_size,
                           int            *minimum,
                           int            *natural,
                           int            *minimum_baseline,
                           int            *natural_baseline)
{
  BriefingLazyRow *self = BRIEFING_LAZY_ROW (widget);
  BriefingLazyRowPrivate *priv = briefing_lazy_row_get_instance_private (self);

  if (priv->built && content (self) != NULL)
    gtk_widget_measure (content (self), orientation, for_size, minimum, natural, NULL, NULL);
  else if (!priv->built && orientation == GTK_ORIENTATION_VERTICAL)
    *minimum = *natural = MAX (0, BRIEFING_LAZY_ROW_GET_CLASS (self)->estimate_height (self, for_size));
  else
    *minimum = *natural = 0;
}

static void
briefing_lazy_row_size_allocate (GtkWidget *widget,
                                 int        width,
                                 int        height,
                                 int        baseline)
{
  BriefingLazyRow *self = BRIEFING_LAZY_ROW (widget);
  BriefingLazyRowPrivate *priv = briefing_lazy_row_get_instance_private (self);

  if (priv->built && content (self) != NULL)
    gtk_widget_allocate (content (self), width, height, baseline, NULL);
}

static int
briefing_lazy_row_real_estimate_height (BriefingLazyRow *self,
                                        int              width)
{
  return 0;
}

static void
briefing_lazy_row_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  BriefingLazyRow *self = BRIEFING_LAZY_ROW (object);

  switch (prop_id)
    {
    case PROP_LAZY:
      g_value_set_boolean (value, briefing_lazy_row_get_lazy (self));
      break;
    case PROP_SEARCH_TEXT:
      g_value_set_string (value, briefing_lazy_row_get_search_text (self));
      break;
    case PROP_TEXT_SCALE:
      g_value_set_double (value, briefing_lazy_row_get_text_scale (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
briefing_lazy_row_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  BriefingLazyRow *self = BRIEFING_LAZY_ROW (object);
  BriefingLazyRowPrivate *priv = briefing_lazy_row_get_instance_private (self);

  switch (prop_id)
    {
    case PROP_LAZY:
      priv->lazy = g_value_get_boolean (value);
      break;
    case PROP_SEARCH_TEXT:
      briefing_lazy_row_set_search_text (self, g_value_get_string (value));
      break;
    case PROP_TEXT_SCALE:
      briefing_lazy_row_set_text_scale (self, g_value_get_double (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
briefing_lazy_row_constructed (GObject *object)
{
  BriefingLazyRow *self = BRIEFING_LAZY_ROW (object);
  BriefingLazyRowPrivate *priv = briefing_lazy_row_get_instance_private (self);

  G_OBJECT_CLASS (briefing_lazy_row_parent_class)->constructed (object);

  priv->constructed = TRUE;
  /* A row not lazy shows its item at once; a lazy one makes its widgets
   * when first built, but for the first of its class, whose template says
   * how wide its content may be. (What the subclass's init reset waited
   * for "lazy": briefing_lazy_row_reset().) */
  if (!priv->lazy || class_content_cap (self) == 0)
    ensure_content (self);
  if (priv->lazy)
    unbuild (self);
  else if (!priv->built)
    briefing_lazy_row_build (self);
}

static void
briefing_lazy_row_finalize (GObject *object)
{
  BriefingLazyRow *self = BRIEFING_LAZY_ROW (object);
  BriefingLazyRowPrivate *priv = briefing_lazy_row_get_instance_private (self);

  g_free (priv->search_text);

  G_OBJECT_CLASS (briefing_lazy_row_parent_class)->finalize (object);
}

static void
briefing_lazy_row_class_init (BriefingLazyRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  const GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->constructed = briefing_lazy_row_constructed;
  object_class->finalize = briefing_lazy_row_finalize;
  object_class->get_property = briefing_lazy_row_get_property;
  object_class->set_property = briefing_lazy_row_set_property;
  widget_class->get_request_mode = briefing_lazy_row_get_request_mode;
  widget_class->measure = briefing_lazy_row_measure;
  widget_class->size_allocate = briefing_lazy_row_size_allocate;
  klass->estimate_height = briefing_lazy_row_real_estimate_height;

  properties[PROP_LAZY] =
    g_param_spec_boolean ("lazy", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SEARCH_TEXT] =
    g_param_spec_string ("search-text", NULL, NULL, NULL, flags);
  properties[PROP_TEXT_SCALE] =
    g_param_spec_double ("text-scale", NULL, NULL,
                         BRIEFING_TEXT_SCALE_MIN, BRIEFING_TEXT_SCALE_MAX, 1.0, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* After "row.copy" put the row's item on the clipboard. */
  signals[COPIED] =
    g_signal_new ("copied", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  gtk_widget_class_install_action (widget_class, "row.copy", NULL, copy_action);
}

static void
briefing_lazy_row_init (BriefingLazyRow *self)
{
  BriefingLazyRowPrivate *priv = briefing_lazy_row_get_instance_private (self);

  priv->text_scale = 1.0;
}

static void
on_state_query_cb (BriefingLazyRow     *self,
                   GParamSpec          *pspec,
                   BriefingReaderState *state)
{
  briefing_lazy_row_set_search_text (self, briefing_reader_state_get_query (state));
}

static void
on_state_text_scale_cb (BriefingLazyRow     *self,
                        GParamSpec          *pspec,
                        BriefingReaderState *state)
{
  briefing_lazy_row_set_text_scale (self, briefing_reader_state_get_text_scale (state));
}

/**
 * briefing_lazy_row_set_state:
 * @state: the BriefingReaderState of the row's view
 *
 * From now on the row highlights the state's search ("query") and scales
 * its text as the state says. Once, for the row's life.
 */
void
briefing_lazy_row_set_state (BriefingLazyRow *self,
                             gpointer         state)
{
  BriefingLazyRowPrivate *priv;

  g_return_if_fail (BRIEFING_IS_LAZY_ROW (self));
  g_return_if_fail (BRIEFING_IS_READER_STATE (state));

  priv = briefing_lazy_row_get_instance_private (self);
  g_return_if_fail (priv->state == NULL);
  priv->state = state;
  g_signal_connect_object (state, "notify::query", G_CALLBACK (on_state_query_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (state, "notify::text-scale", G_CALLBACK (on_state_text_scale_cb),
                           self, G_CONNECT_SWAPPED);
  on_state_query_cb (self, NULL, state);
  on_state_text_scale_cb (self, NULL, state);
}

/**
 * briefing_lazy_row_get_state:
 *
 * Returns: (transfer none) (nullable): the BriefingReaderState the row
 *   follows, if it is in a view
 */
gpointer
briefing_lazy_row_get_state (BriefingLazyRow *self)
{
  BriefingLazyRowPrivate *priv = briefing_lazy_row_get_instance_private (self);

  g_return_val_if_fail (BRIEFING_IS_LAZY_ROW (self), NULL);

  return priv->state;
}

/**
 * briefing_lazy_row_get_report:
 *
 * Returns: (transfer none) (nullable): the report of the state the row
 *   follows (a BriefingReport), if it is in a view that shows one
 */
gpointer
briefing_lazy_row_get_report (BriefingLazyRow *self)
{
  BriefingLazyRowPrivate *priv = briefing_lazy_row_get_instance_private (self);

  g_return_val_if_fail (BRIEFING_IS_LAZY_ROW (self), NULL);

  return priv->state != NULL ? briefing_reader_state_get_report (BRIEFING_READER_STATE (priv->state)) : NULL;
}

/* A built row shows the text anew; one not built does when it is. */
static void
update_text (BriefingLazyRow *self)
{
  BriefingLazyRowPrivate *priv = briefing_lazy_row_get_instance_private (self);

  if (priv->built && BRIEFING_LAZY_ROW_GET_CLASS (self)->update_text != NULL)
    BRIEFING_LAZY_ROW_GET_CLASS (self)->update_text (self);
}

/**
 * briefing_lazy_row_flash:
 *
 * Shows the reader where a jump landed, as the row's class does it.
 */
void
briefing_lazy_row_flash (BriefingLazyRow *self)
{
  g_return_if_fail (BRIEFING_IS_LAZY_ROW (self));

  if (BRIEFING_LAZY_ROW_GET_CLASS (self)->flash != NULL)
    BRIEFING_LAZY_ROW_GET_CLASS (self)->flash (self);
}

/**
 * briefing_lazy_row_copy_text:
 *
 * Returns: (transfer full) (nullable): the row's item as text, with where it
 *   comes from, or %NULL when the row shows none or copies nothing
 */
char *
briefing_lazy_row_copy_text (BriefingLazyRow *self)
{
  g_return_val_if_fail (BRIEFING_IS_LAZY_ROW (self), NULL);

  if (BRIEFING_LAZY_ROW_GET_CLASS (self)->copy_text == NULL)
    return NULL;
  return BRIEFING_LAZY_ROW_GET_CLASS (self)->copy_text (self);
}

/**
 * briefing_lazy_row_set_starts_run:
 * @starts_run: whether the row's item starts a run (a list view says:
 *   briefing_subset_list_starts_run())
 */
void
briefing_lazy_row_set_starts_run (BriefingLazyRow *self,
                                  gboolean         starts_run)
{
  g_return_if_fail (BRIEFING_IS_LAZY_ROW (self));
  g_return_if_fail (BRIEFING_LAZY_ROW_GET_CLASS (self)->set_starts_run != NULL);

  BRIEFING_LAZY_ROW_GET_CLASS (self)->set_starts_run (self, starts_run);
}

/**
 * briefing_lazy_row_set_item:
 * @item: what the row shows: an event, a turn
 */
void
briefing_lazy_row_set_item (BriefingLazyRow *self,
                            gpointer         item)
{
  g_return_if_fail (BRIEFING_IS_LAZY_ROW (self));
  g_return_if_fail (BRIEFING_LAZY_ROW_GET_CLASS (self)->set_item != NULL);

  BRIEFING_LAZY_ROW_GET_CLASS (self)->set_item (self, item);
  if (briefing_lazy_row_get_built (self))
    attach_copy_menu (self);
}

const char *
briefing_lazy_row_get_search_text (BriefingLazyRow *self)
{
  BriefingLazyRowPrivate *priv;

  g_return_val_if_fail (BRIEFING_IS_LAZY_ROW (self), NULL);

  priv = briefing_lazy_row_get_instance_private (self);
  return priv->search_text;
}

/**
 * briefing_lazy_row_set_search_text:
 * @search_text: (nullable): what to highlight in the row's text
 */
void
briefing_lazy_row_set_search_text (BriefingLazyRow *self,
                                   const char      *search_text)
{
  BriefingLazyRowPrivate *priv;

  g_return_if_fail (BRIEFING_IS_LAZY_ROW (self));

  priv = briefing_lazy_row_get_instance_private (self);
  if (g_strcmp0 (priv->search_text, search_text) == 0)
    return;
  g_free (priv->search_text);
  priv->search_text = g_strdup (search_text);
  update_text (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SEARCH_TEXT]);
}

double
briefing_lazy_row_get_text_scale (BriefingLazyRow *self)
{
  BriefingLazyRowPrivate *priv;

  g_return_val_if_fail (BRIEFING_IS_LAZY_ROW (self), 1.0);

  priv = briefing_lazy_row_get_instance_private (self);
  return priv->text_scale;
}

/**
 * briefing_lazy_row_set_text_scale:
 * @text_scale: how much larger than normal to set the report's text
 */
void
briefing_lazy_row_set_text_scale (BriefingLazyRow *self,
                                  double           text_scale)
{
  BriefingLazyRowPrivate *priv;

  g_return_if_fail (BRIEFING_IS_LAZY_ROW (self));

  priv = briefing_lazy_row_get_instance_private (self);
  text_scale = CLAMP (text_scale, BRIEFING_TEXT_SCALE_MIN, BRIEFING_TEXT_SCALE_MAX);
  if (G_APPROX_VALUE (priv->text_scale, text_scale, DBL_EPSILON))
    return;
  priv->text_scale = text_scale;
  update_text (self);
  briefing_lazy_row_queue_estimate (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TEXT_SCALE]);
}

/* For an estimate before the list has a width */
#define DEFAULT_WIDTH 600

/**
 * briefing_lazy_row_get_content_width:
 * @width: the width the row is measured for, -1 when unknown
 *
 * For the subclass's estimate_height(): how wide the row's content will be
 * at @width. The cap is the template's own: the maximum size of the AdwClamp
 * at its root, so that the estimate and the layout cannot disagree.
 */
int
briefing_lazy_row_get_content_width (BriefingLazyRow *self,
                                     int              width)
{
  GtkWidget *root;

  g_return_val_if_fail (BRIEFING_IS_LAZY_ROW (self), 0);

  if (width < 0)
    width = DEFAULT_WIDTH;
  root = content (self);
  if (ADW_IS_CLAMP (root))
    return MIN (width, adw_clamp_get_maximum_size (ADW_CLAMP (root)));
  /* Not made yet: the class's first row's template said. */
  if (class_content_cap (self) > 0)
    width = MIN (width, class_content_cap (self));
  return width;
}

/**
 * briefing_lazy_row_get_metrics:
 *
 * For the subclass's estimate_height(): the measures of the row's font at
 * its text scale.
 */
const BriefingTextMetrics *
briefing_lazy_row_get_metrics (BriefingLazyRow *self)
{
  BriefingLazyRowPrivate *priv;

  g_return_val_if_fail (BRIEFING_IS_LAZY_ROW (self), NULL);

  priv = briefing_lazy_row_get_instance_private (self);
  briefing_text_metrics_update (&priv->metrics, GTK_WIDGET (self), priv->text_scale);
  return &priv->metrics;
}

gboolean
briefing_lazy_row_get_lazy (BriefingLazyRow *self)
{
  BriefingLazyRowPrivate *priv;

  g_return_val_if_fail (BRIEFING_IS_LAZY_ROW (self), FALSE);

  priv = briefing_lazy_row_get_instance_private (self);

  return priv->lazy;
}

/**
 * briefing_lazy_row_get_built:
 *
 * Returns: whether the widgets show the row's item
 */
gboolean
briefing_lazy_row_get_built (BriefingLazyRow *self)
{
  BriefingLazyRowPrivate *priv;

  g_return_val_if_fail (BRIEFING_IS_LAZY_ROW (self), FALSE);

  priv = briefing_lazy_row_get_instance_private (self);

  return priv->built;
}

/**
 * briefing_lazy_row_has_content:
 *
 * Returns: whether the row made its widgets (see init_content())
 */
gboolean
briefing_lazy_row_has_content (BriefingLazyRow *self)
{
  BriefingLazyRowPrivate *priv;

  g_return_val_if_fail (BRIEFING_IS_LAZY_ROW (self), FALSE);

  priv = briefing_lazy_row_get_instance_private (self);

  return priv->has_content;
}

/**
 * briefing_lazy_row_build:
 *
 * Builds the row's widgets for its item, unless they are built already.
 */
void
briefing_lazy_row_build (BriefingLazyRow *self)
{
  BriefingLazyRowPrivate *priv;

  g_return_if_fail (BRIEFING_IS_LAZY_ROW (self));

  priv = briefing_lazy_row_get_instance_private (self);

  if (priv->built)
    return;

  g_return_if_fail (BRIEFING_LAZY_ROW_GET_CLASS (self)->build != NULL);

  ensure_content (self);
  /* First: the subclass's setters, which build() calls, look at it. */
  priv->built = TRUE;
  if (content (self) != NULL)
    gtk_widget_set_visible (content (self), TRUE);
  BRIEFING_LAZY_ROW_GET_CLASS (self)->build (self);
  attach_copy_menu (self);
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

/**
 * briefing_lazy_row_reset:
 * @label: (nullable): the row's new item in one sentence, for screen
 *   readers; %NULL for no item
 *
 * For the subclass, when its item changed: a lazy row waits to be built
 * again, any other builds now. Either way screen readers hear @label.
 */
void
briefing_lazy_row_reset (BriefingLazyRow *self,
                         const char      *label)
{
  BriefingLazyRowPrivate *priv;

  g_return_if_fail (BRIEFING_IS_LAZY_ROW (self));

  priv = briefing_lazy_row_get_instance_private (self);

  if (label != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                    GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                    -1);
  else
    gtk_accessible_reset_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL);

  if (!priv->constructed)
    return;
  if (priv->lazy)
    unbuild (self);
  else
    {
      priv->built = FALSE;
      briefing_lazy_row_build (self);
    }
}

/**
 * briefing_lazy_row_unbuild:
 *
 * For a row put aside to be used again (a list view's pool): a lazy row
 * forgets its widgets' layout and measures as an estimate again until it
 * is built, so that it costs nothing meanwhile. What screen readers hear
 * stays, for the row may show the same item again.
 */
void
briefing_lazy_row_unbuild (BriefingLazyRow *self)
{
  BriefingLazyRowPrivate *priv;

  g_return_if_fail (BRIEFING_IS_LAZY_ROW (self));

  priv = briefing_lazy_row_get_instance_private (self);
  if (priv->lazy && priv->built)
    unbuild (self);
}

/**
 * briefing_lazy_row_queue_estimate:
 *
 * For the subclass, when something its estimate depends on changed: a row
 * not built is measured again. (A built one follows its widgets.)
 */
void
briefing_lazy_row_queue_estimate (BriefingLazyRow *self)
{
  BriefingLazyRowPrivate *priv;

  g_return_if_fail (BRIEFING_IS_LAZY_ROW (self));

  priv = briefing_lazy_row_get_instance_private (self);

  if (!priv->built)
    gtk_widget_queue_resize (GTK_WIDGET (self));
}
