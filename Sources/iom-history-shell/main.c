// The login shell of the exhibition's SSH account, like git-shell for git:
// whatever it is asked to run (an interactive shell, `-c COMMAND`, an SFTP
// or scp server), it runs only the exhibition. So an account without a
// password opens nothing else, however it is reached: sshd, a console
// login, su.
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

// The exhibition is the iom-history beside this program: where one is
// installed, so is the other, and no PATH can point elsewhere.
static int exhibition_path(char *path, size_t size) {
  ssize_t length = readlink("/proc/self/exe", path, size - 1);
  if (length <= 0) return -1;
  path[length] = '\0';
  char *slash = strrchr(path, '/');
  const char *name = "iom-history";
  if (slash == NULL || (size_t)(slash - path) + 1 + strlen(name) + 1 > size) return -1;
  strcpy(slash + 1, name);
  return 0;
}

// Only a value made of letters, digits and . _ - @ is passed on: TERM and
// LANG name terminfo entries and locales, nothing more.
static int is_plain(const char *value) {
  if (value == NULL || *value == '\0' || strlen(value) > 64) return 0;
  for (const char *c = value; *c; c++) {
    if (!((*c >= 'a' && *c <= 'z') || (*c >= 'A' && *c <= 'Z') || (*c >= '0' && *c <= '9') ||
          *c == '.' || *c == '_' || *c == '-' || *c == '@'))
      return 0;
  }
  return 1;
}

int main(void) {
  char path[PATH_MAX];
  if (exhibition_path(path, sizeof path) != 0) {
    fputs("iom-history-shell: cannot find iom-history beside this program\n", stderr);
    return 126;
  }
  const char *term = getenv("TERM");
  const char *lang = getenv("LANG");
  // A German-speaking visitor's terminal says so in LANG (de_DE.UTF-8, de_AT…).
  int german = is_plain(lang) && strncmp(lang, "de", 2) == 0;

  // A fresh environment: the terminal's type, the UTF-8 locale every
  // system has (the visitor's own may not be installed here), and no crash
  // report waiting for a key.
  char term_entry[80];
  snprintf(term_entry, sizeof term_entry, "TERM=%s", is_plain(term) ? term : "dumb");
  char *environment[] = {
    term_entry, "LANG=C.UTF-8", "PATH=/usr/bin:/bin", "SWIFT_BACKTRACE=interactive=no", NULL,
  };
  char *arguments[] = {"iom-history", german ? "--lang" : NULL, "de", NULL};
  execve(path, arguments, environment);
  perror("iom-history-shell: iom-history");
  return 127;
}
