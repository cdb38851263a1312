// libhyphen (Debian's libhyphen-dev), the hyphenator LibreOffice and TeX-style pattern dictionaries
// use; it ships no pkg-config file, so the module links it by name.
#include <hyphen.h>
