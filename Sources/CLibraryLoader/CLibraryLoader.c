#include "CLibraryLoader.h"
#include <dlfcn.h>
#include <stdio.h>

// pthread_once takes no argument: the library being opened is handed over through this, set
// only inside pthread_once, which runs one initializer at a time per once-control.
static _Thread_local herald_library *opening;

static void open_library(void) {
    herald_library *library = opening;
    void *handle = dlopen(library->soname, RTLD_NOW | RTLD_LOCAL);
    if (handle == NULL) {
        snprintf(library->error, sizeof library->error, "cannot load %s (%s); install %s", library->soname,
                 dlerror(), library->package);
        return;
    }
    for (size_t index = 0; index < library->count; index++) {
        library->addresses[index] = dlsym(handle, library->names[index]);
        if (library->addresses[index] == NULL) {
            snprintf(library->error, sizeof library->error, "%s has no %s; %s", library->soname,
                     library->names[index], library->requirement);
            return;
        }
    }
    const char *problem = library->start == NULL ? NULL : library->start();
    if (problem != NULL) snprintf(library->error, sizeof library->error, "%s", problem);
}

const char *herald_library_load(herald_library *library) {
    opening = library;
    pthread_once(&library->once, open_library);
    return library->error[0] == 0 ? NULL : library->error;
}
