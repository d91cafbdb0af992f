import { casualNewsChrono } from './src/core/language/dates/newsChrono';
for (const s of ['She hopped on a private jet Wednesday night, headed for Morningside', 'Early Friday morning, around 1:30 a.m., the actress', 'for a second time'])
  console.log(casualNewsChrono.parse(s, { instant: new Date('2013-05-02T12:00:00Z'), timezone: 0 }).map((r) => [r.text, JSON.stringify((r.start as any).knownValues), r.start.isCertain('timezoneOffset')]));
