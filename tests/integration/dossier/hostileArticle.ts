/**
 * An article written to attack whoever opens the export: lines and quotes that a spreadsheet
 * would run as formulas (ASCII and full-width), and markup that a careless page would run.
 */
export const hostileArticle = [
  '=HYPERLINK("http://attacker.example/steal","Click for details")',
  '',
  'By +Cmd Desk',
  '',
  'Published 2025-03-19',
  '',
  '"=1+2 is what we were told," said Mayor Jane Doe on Wednesday, adding that 300 people were evacuated.',
  '',
  '-5 degrees were recorded in the valley on Tuesday, officials said, and 42 homes lost power.',
  '',
  '@SUM(1,2) was written on a banner carried by 150 protesters in the town square on Monday.',
  '',
  '＝cmd|\' /C calc\'!A0 appeared in a leaked file that 12 officials had signed on 18 March.',
  '',
  '＋44 jobs were cut at the plant, the company said on Thursday, after 3 months of talks.',
  '',
  '<script>alert("dossier")</script> <img src="http://attacker.example/pixel.png"> The council said 7 roads were closed.',
  '',
].join('\n');
