/*
 * ogi/ogi.h - libogi, a toolkit for China's annual reports on Open
 * Government Information work (政府信息公开工作年度报告).
 *
 * Include this one header; it brings in the others.
 */
#ifndef OGI_OGI_H
#define OGI_OGI_H

#include "common.h"
#include "keys.h"
#include "report.h"
#include "parse.h"
#include "render.h"

#endif
