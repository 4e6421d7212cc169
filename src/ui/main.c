/* main.c — starts Samenkaart. */
#include "sk-config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "sk-application.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(SkApplication) app = NULL;

  setlocale (LC_ALL, "");
  /* SAMENKAART_LOCALEDIR: the build tree's translations (meson devenv). */
  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("SAMENKAART_LOCALEDIR") ? g_getenv ("SAMENKAART_LOCALEDIR")
                                                                    : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  app = sk_application_new ();
  return g_application_run (G_APPLICATION (app), argc, argv);
}
