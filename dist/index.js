#!/usr/bin/env node
"use strict";var MD=Object.create;var Gd=Object.defineProperty;var BD=Object.getOwnPropertyDescriptor;var HD=Object.getOwnPropertyNames;var jD=Object.getPrototypeOf,GD=Object.prototype.hasOwnProperty;var p=(t,e,r)=>()=>{if(r)throw r[0];try{return t&&(e=t(t=0)),e}catch(o){throw r=[o],o}};var zd=(t,e)=>()=>{try{return e||t((e={exports:{}}).exports,e),e.exports}catch(r){throw e=0,r}},nr=(t,e)=>{for(var r in e)Gd(t,r,{get:e[r],enumerable:!0})},zD=(t,e,r,o)=>{
if(e&&typeof e=="object"||typeof e=="function")for(let n of HD(e))!GD.call(t,n)&&n!==r&&Gd(t,n,{get:()=>e[n],enumerable:!(o=BD(e,n))||o.enumerable});return t};var Lr=(t,e,r)=>(r=t!=null?MD(jD(t)):{},zD(e||!t||!t.__esModule?Gd(r,"default",{value:t,enumerable:!0}):r,t));var ga,It,fE=p(()=>{ga={warningEmitted:!1},It=t=>{if(t&&!ga.warningEmitted){if(process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED==="true"){ga.warningEmitted=
!0;return}let e=parseInt(t.substring(1,t.indexOf("."))),r=22;e<r&&(ga.warningEmitted=!0,process.emitWarning(`NodeVersionSupportWarning: The AWS SDK for JavaScri\
pt (v3)
versions published after the first week of January 2027
will require node >=${r}. You are running node ${t}.

To continue receiving updates to AWS services, bug fixes,
and security updates please upgrade to node >=${r}.

More information can be found at: https://a.co/c895JFp`))}}});function B(t,e,r){return t.$source||(t.$source={}),t.$source[e]=r,t}var gE=p(()=>{});function vr(t,e,r){t.__aws_sdk_context?t.__aws_sdk_context.features||(t.__aws_sdk_context.features={}):t.__aws_sdk_context={features:{}},t.__aws_sdk_context.features[e]=
r}var hE=p(()=>{});var Wk,hr,yE=p(()=>{Wk=()=>typeof process=="object"&&process?.env?.AWS_ENABLE_DEFAULT_SOCKET_TIMEOUT_2026==="true",hr=(t,e)=>{if(Wk()&&typeof t?.handle!="functi\
on")return e}});var xs,uu=p(()=>{xs=t=>typeof ArrayBuffer=="function"&&t instanceof ArrayBuffer||Object.prototype.toString.call(t)==="[object ArrayBuffer]"});var Tn,ha,Cn=p(()=>{uu();Tn=(t,e=0,r=t.byteLength-e)=>{if(!xs(t))throw new TypeError(`The "input" argument must be ArrayBuffer. Received type ${typeof t} (${t})`);
return Buffer.from(t,e,r)},ha=(t,e)=>{if(typeof t!="string")throw new TypeError(`The "input" argument must be of type string. Received type ${typeof t} (${t})`);
return e?Buffer.from(t,e):Buffer.from(t)}});var Kk,Se,EE=p(()=>{Cn();Kk=/^[A-Za-z0-9+/]*={0,2}$/,Se=t=>{if(t.length*3%4!==0)throw new TypeError("Incorrect padding on base64 string.");if(!Kk.exec(t))throw new TypeError(
"Invalid base64 string.");let e=ha(t,"base64");return new Uint8Array(e.buffer,e.byteOffset,e.byteLength)}});var se,ya=p(()=>{Cn();se=t=>{let e=ha(t,"utf8");return new Uint8Array(e.buffer,e.byteOffset,e.byteLength/Uint8Array.BYTES_PER_ELEMENT)}});var me,xE=p(()=>{Cn();ya();me=t=>{let e;if(typeof t=="string"?e=se(t):e=t,typeof e!="object"||typeof e.byteOffset!="number"||typeof e.byteLength!="number")throw new Error(
"@smithy/util-base64: toBase64 encoder function only accepts string | Uint8Array.");return Tn(e.buffer,e.byteOffset,e.byteLength).toString("base64")}});function SE(t,e,r,o){return class Ea extends Uint8Array{static fromString(s,i="utf-8"){if(typeof s=="string")return i==="base64"?Ea.mutate(o(s)):Ea.mutate(e(s));
throw new Error(`Unsupported conversion from ${typeof s} to Uint8ArrayBlobAdapter.`)}static mutate(s){return Object.setPrototypeOf(s,Ea.prototype),s}transformToString(s="\
utf-8"){return s==="base64"?r(this):t(this)}}}var RE=p(()=>{});var Z,_E=p(()=>{Cn();Z=t=>{if(typeof t=="string")return t;if(typeof t!="object"||typeof t.byteOffset!="number"||typeof t.byteLength!="number")throw new Error("@\
smithy/util-utf8: toUtf8 encoder function only accepts string | Uint8Array.");return Tn(t.buffer,t.byteOffset,t.byteLength).toString("utf8")}});function wE(t){return typeof crypto<"u"&&typeof crypto.randomUUID=="function"?()=>crypto.randomUUID():()=>{let e=new Uint8Array(16);return t(e),e[6]=e[6]&15|64,
e[8]=e[8]&63|128,He[e[0]]+He[e[1]]+He[e[2]]+He[e[3]]+"-"+He[e[4]]+He[e[5]]+"-"+He[e[6]]+He[e[7]]+"-"+He[e[8]]+He[e[9]]+"-"+He[e[10]]+He[e[11]]+He[e[12]]+He[e[13]]+
He[e[14]]+He[e[15]]}}var He,IE=p(()=>{He=Array.from({length:256},(t,e)=>e.toString(16).padStart(2,"0"))});var Fo,TE=p(()=>{(function(t){t.HTTP="http",t.HTTPS="https"})(Fo||(Fo={}))});var Mr,CE=p(()=>{(function(t){t.MD5="md5",t.CRC32="crc32",t.CRC32C="crc32c",t.SHA1="sha1",t.SHA256="sha256"})(Mr||(Mr={}))});var vE=p(()=>{CE()});var yr,AE=p(()=>{yr="__smithy_context"});var Ar,bE=p(()=>{(function(t){t.PROFILE="profile",t.SSO_SESSION="sso-session",t.SERVICES="services"})(Ar||(Ar={}))});var br=p(()=>{TE();vE();AE();bE()});var ee,PE=p(()=>{br();ee=t=>t[yr]||(t[yr]={})});function P(t,e){return Object.prototype.hasOwnProperty.call(t,e)}var mu=p(()=>{});function Jk(t){return Object.keys(t).reduce((e,r)=>{let o=t[r];return{...e,[r]:Array.isArray(o)?[...o]:o}},{})}var j,OE=p(()=>{j=class t{method;protocol;hostname;port;path;query;headers;username;password;fragment;body;constructor(e){
this.method=e.method||"GET",this.hostname=e.hostname||"localhost",this.port=e.port,this.query=e.query||{},this.headers=e.headers||{},this.body=e.body,this.protocol=
e.protocol?e.protocol.slice(-1)!==":"?`${e.protocol}:`:e.protocol:"https:",this.path=e.path?e.path.charAt(0)!=="/"?`/${e.path}`:e.path:"/",this.username=e.username,
this.password=e.password,this.fragment=e.fragment}static clone(e){let r=new t({...e,headers:{...e.headers}});return r.query&&(r.query=Jk(r.query)),r}static isInstance(e){
if(!e)return!1;let r=e;return"method"in r&&"protocol"in r&&"hostname"in r&&"path"in r&&typeof r.query=="object"&&typeof r.headers=="object"}clone(){return t.clone(
this)}}});var Ye,NE=p(()=>{Ye=class{statusCode;reason;headers;body;constructor(e){this.statusCode=e.statusCode,this.reason=e.reason,this.headers=e.headers||{},this.body=e.
body}static isInstance(e){if(!e)return!1;let r=e;return typeof r.statusCode=="number"&&typeof r.headers=="object"}}});var Yk,Pr,DE=p(()=>{Yk=new RegExp("^(?!.*-$)(?!-)[a-zA-Z0-9-]{1,63}$"),Pr=(t,e=!1)=>{if(!e)return Yk.test(t);let r=t.split(".");for(let o of r)if(!Pr(o))return!1;
return!0}});function fu(t){return/^[a-z0-9][a-z0-9.-]*[a-z0-9]$/.test(t)}var kE=p(()=>{});var q,$E=p(()=>{q=t=>{if(typeof t=="function")return t;let e=Promise.resolve(t);return()=>e}});function LE(t){let e={};if(t=t.replace(/^\?/,""),t)for(let r of t.split("&")){let[o,n=null]=r.split("=");o=decodeURIComponent(o),n&&(n=decodeURIComponent(n)),o in
e?Array.isArray(e[o])?e[o].push(n):e[o]=[e[o],n]:e[o]=n}return e}var UE=p(()=>{});var fe,gu=p(()=>{UE();fe=t=>{if(typeof t=="string")return fe(new URL(t));let{hostname:e,pathname:r,port:o,protocol:n,search:s}=t,i;return s&&(i=LE(s)),{hostname:e,
port:o?parseInt(o):void 0,protocol:n,path:r,query:i}}});var to,FE=p(()=>{mu();gu();to=t=>{if(typeof t=="object"){if("url"in t){let e=fe(t.url);if(t.headers){e.headers={};for(let r in t.headers)P(t.headers,r)&&(e.headers[r.
toLowerCase()]=t.headers[r].join(", "))}return e}return t}return fe(t)}});var J=p(()=>{PE();mu();OE();NE();DE();kE();$E();gu();FE()});var hu,Xk,ME,Qk,BE,HE,jE,Zk,GE,zE,e$,xa,vn,VE,t$,r$,qE=p(()=>{hu=t=>{if(t!=null){if(typeof t=="string"){let e=parseFloat(t);if(!Number.isNaN(e))return String(e)!==
String(t)&&r$.warn(t$(`Expected number but observed string: ${t}`)),e}if(typeof t=="number")return t;throw new TypeError(`Expected number, got ${typeof t}: ${t}`)}},
Xk=Math.ceil(2**127*(2-2**-23)),ME=t=>{let e=hu(t);if(e!==void 0&&!Number.isNaN(e)&&e!==1/0&&e!==-1/0&&Math.abs(e)>Xk)throw new TypeError(`Expected 32-bit float\
, got ${t}`);return e},Qk=t=>{if(t!=null){if(Number.isInteger(t)&&!Number.isNaN(t))return t;throw new TypeError(`Expected integer, got ${typeof t}: ${t}`)}},BE=
t=>jE(t,16),HE=t=>jE(t,8),jE=(t,e)=>{let r=Qk(t);if(r!==void 0&&Zk(r,e)!==r)throw new TypeError(`Expected ${e}-bit integer, got ${t}`);return r},Zk=(t,e)=>{switch(e){case 32:
return Int32Array.of(t)[0];case 16:return Int16Array.of(t)[0];case 8:return Int8Array.of(t)[0]}},GE=t=>hu(typeof t=="string"?xa(t):t),zE=t=>ME(typeof t=="string"?
xa(t):t),e$=/(-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?)|(-?Infinity)|(NaN)/g,xa=t=>{let e=t.match(e$);if(e===null||e[0].length!==t.length)throw new TypeError(
"Expected real number, got implicit NaN");return parseFloat(t)},vn=t=>BE(typeof t=="string"?xa(t):t),VE=t=>HE(typeof t=="string"?xa(t):t),t$=t=>String(new TypeError(
t).stack||t).split(`
`).slice(0,5).filter(e=>!e.includes("stackTraceWarning")).join(`
`),r$={warn:console.warn}});function Mo(t){let e=t.getUTCFullYear(),r=t.getUTCMonth(),o=t.getUTCDay(),n=t.getUTCDate(),s=t.getUTCHours(),i=t.getUTCMinutes(),a=t.getUTCSeconds(),c=n<10?`0${n}`:
`${n}`,l=s<10?`0${s}`:`${s}`,d=i<10?`0${i}`:`${i}`,u=a<10?`0${a}`:`${a}`;return`${o$[o]}, ${c} ${Eu[r]} ${e} ${l}:${d}:${u} GMT`}var o$,Eu,n$,xu,s$,Su,i$,a$,c$,
Rs,Ru,Ss,p$,l$,d$,yu,u$,m$,f$,Or,g$,h$,An,WE=p(()=>{qE();o$=["Sun","Mon","Tue","Wed","Thu","Fri","Sat"],Eu=["Jan","Feb","Mar","Apr","May","Jun","Jul","Aug","Sep",
"Oct","Nov","Dec"];n$=new RegExp(/^(\d{4})-(\d{2})-(\d{2})[tT](\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?[zZ]$/),xu=t=>{if(t==null)return;if(typeof t!="string")throw new TypeError(
"RFC-3339 date-times must be expressed as strings");let e=n$.exec(t);if(!e)throw new TypeError("Invalid RFC-3339 date-time value");let[r,o,n,s,i,a,c,l]=e,d=vn(An(
o)),u=Or(n,"month",1,12),m=Or(s,"day",1,31);return Ss(d,u,m,{hours:i,minutes:a,seconds:c,fractionalMilliseconds:l})},s$=new RegExp(/^(\d{4})-(\d{2})-(\d{2})[tT](\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?(([-+]\d{2}:\d{2})|[zZ])$/),
Su=t=>{if(t==null)return;if(typeof t!="string")throw new TypeError("RFC-3339 date-times must be expressed as strings");let e=s$.exec(t);if(!e)throw new TypeError(
"Invalid RFC-3339 date-time value");let[r,o,n,s,i,a,c,l,d]=e,u=vn(An(o)),m=Or(n,"month",1,12),f=Or(s,"day",1,31),g=Ss(u,m,f,{hours:i,minutes:a,seconds:c,fractionalMilliseconds:l});
return d.toUpperCase()!="Z"&&g.setTime(g.getTime()-h$(d)),g},i$=new RegExp(/^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), (\d{2}) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) (\d{4}) (\d{1,2}):(\d{2}):(\d{2})(?:\.(\d+))? GMT$/),
a$=new RegExp(/^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), (\d{2})-(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)-(\d{2}) (\d{1,2}):(\d{2}):(\d{2})(?:\.(\d+))? GMT$/),
c$=new RegExp(/^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) ( [1-9]|\d{2}) (\d{1,2}):(\d{2}):(\d{2})(?:\.(\d+))? (\d{4})$/),
Rs=t=>{if(t==null)return;if(typeof t!="string")throw new TypeError("RFC-7231 date-times must be expressed as strings");let e=i$.exec(t);if(e){let[r,o,n,s,i,a,c,
l]=e;return Ss(vn(An(s)),yu(n),Or(o,"day",1,31),{hours:i,minutes:a,seconds:c,fractionalMilliseconds:l})}if(e=a$.exec(t),e){let[r,o,n,s,i,a,c,l]=e;return d$(Ss(p$(
s),yu(n),Or(o,"day",1,31),{hours:i,minutes:a,seconds:c,fractionalMilliseconds:l}))}if(e=c$.exec(t),e){let[r,o,n,s,i,a,c,l]=e;return Ss(vn(An(l)),yu(o),Or(n.trimLeft(),
"day",1,31),{hours:s,minutes:i,seconds:a,fractionalMilliseconds:c})}throw new TypeError("Invalid RFC-7231 date-time value")},Ru=t=>{if(t==null)return;let e;if(typeof t==
"number")e=t;else if(typeof t=="string")e=GE(t);else if(typeof t=="object"&&t.tag===1)e=t.value;else throw new TypeError("Epoch timestamps must be expressed as \
floating point numbers or their string representation");if(Number.isNaN(e)||e===1/0||e===-1/0)throw new TypeError("Epoch timestamps must be valid, non-Infinite,\
 non-NaN numerics");return new Date(Math.round(e*1e3))},Ss=(t,e,r,o)=>{let n=e-1;return m$(t,n,r),new Date(Date.UTC(t,n,r,Or(o.hours,"hour",0,23),Or(o.minutes,"\
minute",0,59),Or(o.seconds,"seconds",0,60),g$(o.fractionalMilliseconds)))},p$=t=>{let e=new Date().getUTCFullYear(),r=Math.floor(e/100)*100+vn(An(t));return r<e?
r+100:r},l$=50*365*24*60*60*1e3,d$=t=>t.getTime()-new Date().getTime()>l$?new Date(Date.UTC(t.getUTCFullYear()-100,t.getUTCMonth(),t.getUTCDate(),t.getUTCHours(),
t.getUTCMinutes(),t.getUTCSeconds(),t.getUTCMilliseconds())):t,yu=t=>{let e=Eu.indexOf(t);if(e<0)throw new TypeError(`Invalid month: ${t}`);return e+1},u$=[31,28,
31,30,31,30,31,31,30,31,30,31],m$=(t,e,r)=>{let o=u$[e];if(e===1&&f$(t)&&(o=29),r>o)throw new TypeError(`Invalid day for ${Eu[e]} in ${t}: ${r}`)},f$=t=>t%4===0&&
(t%100!==0||t%400===0),Or=(t,e,r,o)=>{let n=VE(An(t));if(n<r||n>o)throw new TypeError(`${e} must be between ${r} and ${o}, inclusive`);return n},g$=t=>t==null?0:
zE("0."+t)*1e3,h$=t=>{let e=t[0],r=1;if(e=="+")r=1;else if(e=="-")r=-1;else throw new TypeError(`Offset direction, ${e}, must be "+" or "-"`);let o=Number(t.substring(
1,3)),n=Number(t.substring(4,6));return r*(o*60+n)*60*1e3},An=t=>{let e=0;for(;e<t.length-1&&t.charAt(e)==="0";)e++;return e===0?t:t.slice(e)}});var Xe,KE=p(()=>{Xe=function(e){return Object.assign(new String(e),{deserializeJSON(){return JSON.parse(String(e))},toString(){return String(e)},toJSON(){return String(
e)}})};Xe.from=t=>t&&typeof t=="object"&&(t instanceof Xe||"deserializeJSON"in t)?t:typeof t=="string"||Object.getPrototypeOf(t)===String.prototype?Xe(String(t)):
Xe(JSON.stringify(t));Xe.fromObject=Xe.from});function _u(t){return(t.includes(",")||t.includes('"'))&&(t=`"${t.replace(/\\/g,"\\\\").replace(/"/g,'\\"')}"`),t}var JE=p(()=>{});function Br(t,e,r){let o=Number(t);if(o<e||o>r)throw new Error(`Value ${o} out of range [${e}, ${r}]`)}var wu,Iu,Tu,YE,XE,y$,E$,x$,S$,R$,_$,Cu,vu,Au,QE=p(()=>{wu=
"(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)(?:[ne|u?r]?s?day)?",Iu="(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)",Tu="(\\d?\\d):(\\d{2}):(\\d{2})(?:\\.(\\d+))?",YE="(\
\\d?\\d)",XE="(\\d{4})",y$=new RegExp(/^(\d{4})-(\d\d)-(\d\d)[tT](\d\d):(\d\d):(\d\d)(\.(\d+))?(([-+]\d\d:\d\d)|[zZ])$/),E$=/^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), (?:0[1-9]|[12]\d|3[01]) (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) [1-9]\d{3} (?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d GMT$/,
x$=new RegExp(`^${wu}, ${YE} ${Iu} ${XE} ${Tu} GMT$`),S$=new RegExp(`^${wu}, ${YE}-${Iu}-(\\d\\d) ${Tu} GMT$`),R$=new RegExp(`^${wu} ${Iu} ( [1-9]|\\d\\d) ${Tu}\
 ${XE}$`),_$=["Jan","Feb","Mar","Apr","May","Jun","Jul","Aug","Sep","Oct","Nov","Dec"],Cu=t=>{if(t==null)return;let e=NaN;if(typeof t=="number")e=t;else if(typeof t==
"string"){if(!/^-?\d*\.?\d+$/.test(t))throw new TypeError("parseEpochTimestamp - numeric string invalid.");e=Number.parseFloat(t)}else typeof t=="object"&&t.tag===
1&&(e=t.value);if(isNaN(e)||Math.abs(e)===1/0)throw new TypeError("Epoch timestamps must be valid finite numbers.");return new Date(Math.round(e*1e3))},vu=t=>{if(t==
null)return;if(typeof t!="string")throw new TypeError("RFC3339 timestamps must be strings");let e=y$.exec(t);if(!e)throw new TypeError(`Invalid RFC3339 timestam\
p format ${t}`);let[,r,o,n,s,i,a,,c,l]=e;Br(o,1,12),Br(n,1,31),Br(s,0,23),Br(i,0,59),Br(a,0,60);let d=new Date(Date.UTC(Number(r),Number(o)-1,Number(n),Number(s),
Number(i),Number(a),Number(c)?Math.round(parseFloat(`0.${c}`)*1e3):0));if(d.setUTCFullYear(Number(r)),l.toUpperCase()!="Z"){let[,u,m,f]=/([+-])(\d\d):(\d\d)/.exec(
l)||[void 0,"+",0,0],g=u==="-"?1:-1;d.setTime(d.getTime()+g*(Number(m)*60*60*1e3+Number(f)*60*1e3))}return d},Au=t=>{if(t==null)return;if(typeof t!="string")throw new TypeError(
"RFC7231 timestamps must be strings.");if(E$.test(t))return new Date(t);let e,r,o,n,s,i,a,c;if((c=x$.exec(t))?[,e,r,o,n,s,i,a]=c:(c=S$.exec(t))?([,e,r,o,n,s,i,a]=
c,o=(Number(o)+1900).toString()):(c=R$.exec(t))&&([,r,e,n,s,i,a,o]=c),o&&i){let l=Date.UTC(Number(o),_$.indexOf(r),Number(e),Number(n),Number(s),Number(i),a?Math.
round(parseFloat(`0.${a}`)*1e3):0);Br(e,1,31),Br(n,0,23),Br(s,0,59),Br(i,0,60);let d=new Date(l);return d.setUTCFullYear(Number(o)),d}throw new TypeError(`Inval\
id RFC7231 date-time value ${t}.`)}});function bu(t,e,r){if(r<=0||!Number.isInteger(r))throw new Error("Invalid number of delimiters ("+r+") for splitEvery.");let o=t.split(e);if(r===1)return o;let n=[],
s="";for(let i=0;i<o.length;i++)s===""?s=o[i]:s+=e+o[i],(i+1)%r===0&&(n.push(s),s="");return s!==""&&n.push(s),n}var ZE=p(()=>{});var _s,ex=p(()=>{_s=t=>{let e=t.length,r=[],o=!1,n=!1,s=0;for(let i=0;i<e;++i){let a=t[i];switch(a){case'"':n||(o=!o);break;case",":o||(r.push(t.slice(s,i)),s=i+
1);break;default:}n=a==="\\"&&!n}return r.push(t.slice(s)),r.map(i=>{i=i.trim();let a=i.length;return a<2?i:i[0]==='"'&&i[a-1]==='"'?(i=i.slice(1,a-1),i.replace(
/\\(["\\])/g,"$1")):i.replace(/\\"/g,'"')})}});var tx,Re,rx=p(()=>{tx=/^-?((0|[1-9]\d*)(\.\d+)?|\.\d+)([eE][+-]?\d+)?$/,Re=class t{string;type;constructor(e,r){if(this.string=e,this.type=r,!tx.test(e))throw new Error(
`@smithy/core/serde - NumericValue string must conform to the Smithy bigDecimal format. Received: "${e}"`)}toString(){return this.string}static[Symbol.hasInstance](e){
if(!e||typeof e!="object")return!1;let r=e;return t.prototype.isPrototypeOf(e)||r.type==="bigDecimal"&&tx.test(r.string)}}});function Ou(t){if(t.length%2!==0)throw new Error("Hex encoded strings must have an even number length");let e=new Uint8Array(t.length/2);for(let r=0;r<t.length;r+=
2){let o=t.slice(r,r+2).toLowerCase();if(o in Pu)e[r/2]=Pu[o];else throw new Error(`Cannot decode unrecognized sequence ${o} as hexadecimal`)}return e}function Qe(t){
let e="";for(let r=0;r<t.byteLength;r++)e+=ox[t[r]];return e}var ox,Pu,Nu=p(()=>{ox={},Pu={};for(let t=0;t<256;t++){let e=t.toString(16).toLowerCase();e.length===
1&&(e=`0${e}`),ox[t]=e,Pu[e]=t}});var bn,Tt,nx=p(()=>{bn=require("node:fs"),Tt=t=>{if(!t)return 0;if(typeof t=="string")return Buffer.byteLength(t);if(typeof t.byteLength=="number")return t.byteLength;
if(typeof t.size=="number")return t.size;if(typeof t.start=="number"&&typeof t.end=="number")return t.end+1-t.start;if(t instanceof bn.ReadStream){if(t.path!=null)
return(0,bn.lstatSync)(t.path).size;if(typeof t.fd=="number")return(0,bn.fstatSync)(t.fd).size}throw new Error(`Body Length computation failed for ${t}`)}});var Ct,sx=p(()=>{ya();Ct=t=>t instanceof Uint8Array?t:typeof t=="string"?se(t):ArrayBuffer.isView(t)?new Uint8Array(t.buffer,t.byteOffset,t.byteLength/Uint8Array.
BYTES_PER_ELEMENT):new Uint8Array(t)});function Sa(t,e){if(e===void 0){e=0;for(let n of t)e+=n.byteLength}let r=new Uint8Array(e),o=0;for(let n of t)r.set(n,o),o+=n.byteLength;return r}var Du=p(()=>{});var je,ws=p(()=>{je=class t extends Error{name="ProviderError";tryNextLink;constructor(e,r=!0){let o,n=!0;typeof r=="boolean"?(o=void 0,n=r):r!=null&&typeof r==
"object"&&(o=r.logger,n=r.tryNextLink??!0),super(e),this.tryNextLink=n,Object.setPrototypeOf(this,t.prototype),o?.debug?.(`@smithy/property-provider ${n?"->":"(\
!)"} ${e}`)}static from(e,r=!0){return Object.assign(new this(e.message,r),e)}}});var R,Ra=p(()=>{ws();R=class t extends je{name="CredentialsProviderError";constructor(e,r=!0){super(e,r),Object.setPrototypeOf(this,t.prototype)}}});var vt,ix=p(()=>{ws();vt=class t extends je{name="TokenProviderError";constructor(e,r=!0){super(e,r),Object.setPrototypeOf(this,t.prototype)}}});var Bo,ku=p(()=>{ws();Bo=(...t)=>async()=>{if(t.length===0)throw new je("No providers in chain");let e;for(let r of t)try{return await r()}catch(o){if(e=o,o?.tryNextLink)
continue;throw o}throw e}});var ax,cx=p(()=>{ax=t=>()=>Promise.resolve(t)});var _a,$u=p(()=>{_a=(t,e,r)=>{let o,n,s,i=!1,a=async()=>{n||(n=t());try{o=await n,s=!0,i=!1}finally{n=void 0}return o};return e===void 0?async c=>((!s||c?.forceRefresh)&&
(o=await a()),o):async c=>((!s||c?.forceRefresh)&&(o=await a()),i?o:r&&!r(o)?(i=!0,o):(e(o)&&await a(),o))}});var At,wa=p(()=>{At=(t,e,r)=>{if(e in t){if(t[e]==="true")return!0;if(t[e]==="false")return!1;throw new Error(`Cannot load ${r} "${e}". Expected "true" or "fals\
e", got ${t[e]}.`)}}});var Ze,Ia=p(()=>{(function(t){t.ENV="env",t.CONFIG="shared config entry"})(Ze||(Ze={}))});var px,lx,Lu,w$,ro,Is=p(()=>{px=require("node:os"),lx=require("node:path"),Lu={},w$=()=>process&&process.geteuid?`${process.geteuid()}`:"DEFAULT",ro=()=>{let{HOME:t,
USERPROFILE:e,HOMEPATH:r,HOMEDRIVE:o=`C:${lx.sep}`}=process.env;if(t)return t;if(e)return e;if(r)return`${o}${r}`;let n=w$();return Lu[n]||(Lu[n]=(0,px.homedir)()),
Lu[n]}});var Ta,dx,et,Uu=p(()=>{Ta="AWS_PROFILE",dx="default",et=t=>t.profile||process.env[Ta]||dx});var ux,mx,Ts,Fu=p(()=>{ux=require("node:crypto"),mx=require("node:path");Is();Ts=t=>{let r=(0,ux.createHash)("sha1").update(t).digest("hex");return(0,mx.join)(ro(),
".aws","sso","cache",`${r}.json`)}});var fx,Cs,vs,Mu=p(()=>{fx=require("node:fs/promises");Fu();Cs={},vs=async t=>{if(Cs[t])return Cs[t];let e=Ts(t),r=await(0,fx.readFile)(e,"utf8");return JSON.parse(
r)}});var gx,hx=p(()=>{br();gx=t=>Object.entries(t).filter(([e])=>{let r=e.indexOf(".");return r===-1?!1:Object.values(Ar).includes(e.substring(0,r))}).reduce((e,[r,o])=>{
let n=r.indexOf("."),s=r.substring(0,n)===Ar.PROFILE?r.substring(n+1):r;return e[s]=o,e},{...t.default&&{default:t.default}})});var yx,I$,Ca,Bu=p(()=>{yx=require("node:path");Is();I$="AWS_CONFIG_FILE",Ca=()=>process.env[I$]||(0,yx.join)(ro(),".aws","config")});var Ex,T$,xx,Sx=p(()=>{Ex=require("node:path");Is();T$="AWS_SHARED_CREDENTIALS_FILE",xx=()=>process.env[T$]||(0,Ex.join)(ro(),".aws","credentials")});var C$,v$,As,Hu=p(()=>{br();C$=/^([\w-]+)\s(["'])?([\w-@+.%:/]+)\2$/,v$=["__proto__","profile __proto__"],As=t=>{let e={},r,o;for(let n of t.split(/\r?\n/)){let s=n.
split(/(^|\s)[;#]/)[0].trim();if(s[0]==="["&&s[s.length-1]==="]"){r=void 0,o=void 0;let a=s.substring(1,s.length-1),c=C$.exec(a);if(c){let[,l,,d]=c;Object.values(
Ar).includes(l)&&(r=[l,d].join("."))}else r=a;if(v$.includes(a))throw new Error(`Found invalid profile name "${a}"`)}else if(r){let a=s.indexOf("=");if(![0,-1].
includes(a)){let[c,l]=[s.substring(0,a).trim(),s.substring(a+1).trim()];if(l==="")o=c;else{o&&n.trimStart()===n&&(o=void 0),e[r]=e[r]||{};let d=o?[o,c].join("."):
c;e[r][d]=l}}}}return e}});var Rx,ju,bs,Ps,va=p(()=>{Rx=require("node:fs/promises"),ju={},bs={},Ps=(t,e)=>bs[t]!==void 0?bs[t]:((!ju[t]||e?.ignoreCache)&&(ju[t]=(0,Rx.readFile)(t,"utf8")),
ju[t])});var Gu,_x,Aa,zu=p(()=>{Gu=require("node:path");hx();Bu();Sx();Is();Hu();va();_x=()=>({}),Aa=async(t={})=>{let{filepath:e=xx(),configFilepath:r=Ca()}=t,o=ro(),n="\
~/",s=e;e.startsWith(n)&&(s=(0,Gu.join)(o,e.slice(2)));let i=r;r.startsWith(n)&&(i=(0,Gu.join)(o,r.slice(2)));let a=await Promise.all([Ps(i,{ignoreCache:t.ignoreCache}).
then(As).then(gx).catch(_x),Ps(s,{ignoreCache:t.ignoreCache}).then(As).catch(_x)]);return{configFile:a[0],credentialsFile:a[1]}}});var wx,Ix=p(()=>{br();wx=t=>Object.entries(t).filter(([e])=>e.startsWith(Ar.SSO_SESSION+".")).reduce((e,[r,o])=>({...e,[r.substring(r.indexOf(".")+1)]:o}),{})});var A$,Os,Tx=p(()=>{Bu();Ix();Hu();va();A$=()=>({}),Os=async(t={})=>Ps(t.configFilepath??Ca()).then(As).then(wx).catch(A$)});var Cx,vx=p(()=>{Cx=(...t)=>{let e={};for(let r of t)for(let[o,n]of Object.entries(r))e[o]!==void 0?Object.assign(e[o],n):e[o]=n;return e}});var Er,Ax=p(()=>{zu();vx();Er=async t=>{let e=await Aa(t);return Cx(e.configFile,e.credentialsFile)}});var Ns,bx=p(()=>{Mu();va();Ns={getFileRecord(){return bs},interceptFile(t,e){bs[t]=Promise.resolve(e)},getTokenRecord(){return Cs},interceptToken(t,e){Cs[t]=e}}});function ba(t){try{let e=new Set(Array.from(t.match(/([A-Z_]){3,}/g)??[]));return e.delete("CONFIG"),e.delete("CONFIG_PREFIX_SEPARATOR"),e.delete("ENV"),[...e].
join(", ")}catch{return t}}var Vu=p(()=>{});var Px,Ox=p(()=>{Ra();Vu();Px=(t,e)=>async()=>{try{let r=t(process.env,e);if(r===void 0)throw new Error;return r}catch(r){throw new R(r.message||`Not found in E\
NV: ${ba(t.toString())}`,{logger:e?.logger})}}});var Nx,Dx=p(()=>{Ra();Uu();zu();Vu();Nx=(t,{preferredFile:e="config",...r}={})=>async()=>{let o=et(r),{configFile:n,credentialsFile:s}=await Aa(r),i=s[o]||{},a=n[o]||
{},c=e==="config"?{...i,...a}:{...a,...i};try{let d=t(c,e==="config"?n:s);if(d===void 0)throw new Error;return d}catch(l){throw new R(l.message||`Not found in c\
onfig files w/ profile [${o}]: ${ba(t.toString())}`,{logger:r.logger})}}});var b$,kx,$x=p(()=>{cx();b$=t=>typeof t=="function",kx=t=>b$(t)?async()=>await t():ax(t)});var _,qu=p(()=>{ku();$u();Ox();Dx();$x();_=({environmentVariableSelector:t,configFileSelector:e,default:r},o={})=>{let{signingName:n,logger:s}=o;return _a(Bo(Px(
t,{signingName:n,logger:s}),Nx(e,o),kx(r)))}});var Lx,Ux,bt,Fx=p(()=>{wa();Ia();Lx="AWS_USE_DUALSTACK_ENDPOINT",Ux="use_dualstack_endpoint",bt={environmentVariableSelector:t=>At(t,Lx,Ze.ENV),configFileSelector:t=>At(
t,Ux,Ze.CONFIG),default:!1}});var Mx,Bx,Pt,Hx=p(()=>{wa();Ia();Mx="AWS_USE_FIPS_ENDPOINT",Bx="use_fips_endpoint",Pt={environmentVariableSelector:t=>At(t,Mx,Ze.ENV),configFileSelector:t=>At(t,
Bx,Ze.CONFIG),default:!1}});var jo,oo,Pn,jx,Gx,Wu=p(()=>{jo=(t,e)=>{let r=[];if(t&&r.push(t),e)for(let o of e)r.push(o);return r},oo=(t,e)=>`${t||"anonymous"}${e&&e.length>0?` (a.k.a. ${e.
join(",")})`:""}`,Pn=()=>{let t=[],e=[],r=!1,o=new Set,n=u=>u.sort((m,f)=>jx[f.step]-jx[m.step]||Gx[f.priority||"normal"]-Gx[m.priority||"normal"]),s=u=>{let m=!1,
f=g=>{let y=jo(g.name,g.aliases);if(y.includes(u)){m=!0;for(let h of y)o.delete(h);return!1}return!0};return t=t.filter(f),e=e.filter(f),m},i=u=>{let m=!1,f=g=>{
if(g.middleware===u){m=!0;for(let y of jo(g.name,g.aliases))o.delete(y);return!1}return!0};return t=t.filter(f),e=e.filter(f),m},a=u=>(t.forEach(m=>{u.add(m.middleware,
{...m})}),e.forEach(m=>{u.addRelativeTo(m.middleware,{...m})}),u.identifyOnResolve?.(d.identifyOnResolve()),u),c=u=>{let m=[];return u.before.forEach(f=>{f.before.
length===0&&f.after.length===0?m.push(f):m.push(...c(f))}),m.push(u),u.after.reverse().forEach(f=>{f.before.length===0&&f.after.length===0?m.push(f):m.push(...c(
f))}),m},l=(u=!1)=>{let m=[],f=[],g={};return t.forEach(h=>{let S={...h,before:[],after:[]};for(let x of jo(S.name,S.aliases))g[x]=S;m.push(S)}),e.forEach(h=>{let S={
...h,before:[],after:[]};for(let x of jo(S.name,S.aliases))g[x]=S;f.push(S)}),f.forEach(h=>{if(h.toMiddleware){let S=g[h.toMiddleware];if(S===void 0){if(u)return;
throw new Error(`${h.toMiddleware} is not found when adding ${oo(h.name,h.aliases)} middleware ${h.relation} ${h.toMiddleware}`)}h.relation==="after"&&S.after.push(
h),h.relation==="before"&&S.before.push(h)}}),n(m).map(c).reduce((h,S)=>(h.push(...S),h),[])},d={add:(u,m={})=>{let{name:f,override:g,aliases:y}=m,h={step:"init\
ialize",priority:"normal",middleware:u,...m},S=jo(f,y);if(S.length>0){if(S.some(x=>o.has(x))){if(!g)throw new Error(`Duplicate middleware name '${oo(f,y)}'`);for(let x of S){
let v=t.findIndex(L=>L.name===x||L.aliases?.some(Y=>Y===x));if(v===-1)continue;let b=t[v];if(b.step!==h.step||h.priority!==b.priority)throw new Error(`"${oo(b.name,
b.aliases)}" middleware with ${b.priority} priority in ${b.step} step cannot be overridden by "${oo(f,y)}" middleware with ${h.priority} priority in ${h.step} s\
tep.`);t.splice(v,1)}}for(let x of S)o.add(x)}t.push(h)},addRelativeTo:(u,m)=>{let{name:f,override:g,aliases:y}=m,h={middleware:u,...m},S=jo(f,y);if(S.length>0){
if(S.some(x=>o.has(x))){if(!g)throw new Error(`Duplicate middleware name '${oo(f,y)}'`);for(let x of S){let v=e.findIndex(L=>L.name===x||L.aliases?.some(Y=>Y===
x));if(v===-1)continue;let b=e[v];if(b.toMiddleware!==h.toMiddleware||b.relation!==h.relation)throw new Error(`"${oo(b.name,b.aliases)}" middleware ${b.relation}\
 "${b.toMiddleware}" middleware cannot be overridden by "${oo(f,y)}" middleware ${h.relation} "${h.toMiddleware}" middleware.`);e.splice(v,1)}}for(let x of S)o.
add(x)}e.push(h)},clone:()=>a(Pn()),use:u=>{u.applyToStack(d)},remove:u=>typeof u=="string"?s(u):i(u),removeByTag:u=>{let m=!1,f=g=>{let{tags:y,name:h,aliases:S}=g;
if(y&&y.includes(u)){let x=jo(h,S);for(let v of x)o.delete(v);return m=!0,!1}return!0};return t=t.filter(f),e=e.filter(f),m},concat:u=>{let m=a(Pn());return m.use(
u),m.identifyOnResolve(r||m.identifyOnResolve()||(u.identifyOnResolve?.()??!1)),m},applyToStack:a,identify:()=>l(!0).map(u=>{let m=u.step??u.relation+" "+u.toMiddleware;
return oo(u.name,u.aliases)+" - "+m}),identifyOnResolve(u){return typeof u=="boolean"&&(r=u),r},resolve:(u,m)=>{for(let f of l().map(g=>g.middleware).reverse())
u=f(u,m);return r&&console.log(d.identify()),u}};return d},jx={initialize:5,serialize:4,build:3,finalizeRequest:2,deserialize:1},Gx={high:3,normal:2,low:1}});var Te,zx=p(()=>{Wu();Te=class{config;middlewareStack=Pn();initConfig;handlers;constructor(e){this.config=e;let{protocol:r,protocolSettings:o}=e;o&&typeof r=="f\
unction"&&(e.protocol=new r(o))}send(e,r,o){let n=typeof r!="function"?r:void 0,s=typeof r=="function"?r:o,i=n===void 0&&this.config.cacheMiddleware===!0,a;if(i){
this.handlers||(this.handlers=new WeakMap);let c=this.handlers;c.has(e.constructor)?a=c.get(e.constructor):(a=e.resolveMiddleware(this.middlewareStack,this.config,
n),c.set(e.constructor,a))}else delete this.handlers,a=e.resolveMiddleware(this.middlewareStack,this.config,n);if(s)a(e).then(c=>s(null,c.output),c=>s(c)).catch(
()=>{});else return a(e).then(c=>c.output)}destroy(){this.config?.requestHandler?.destroy?.(),delete this.handlers}}});var Hr,Ku=p(()=>{Hr=t=>typeof t=="function"?t():t});var Pa,Ju=p(()=>{Pa=(t,e,r,o,n)=>({name:e,namespace:t,traits:r,input:o,output:n})});var Vx,Yu,qx=p(()=>{J();Ju();Vx=t=>(e,r)=>async o=>{let{response:n}=await e(o),{operationSchema:s}=ee(r),[,i,a,c,l,d]=s??[];try{let u=await t.protocol.deserializeResponse(
Pa(i,a,c,l,d),{...t,...r},n);return{response:n,output:u}}catch(u){if(Object.defineProperty(u,"$response",{value:n,enumerable:!1,writable:!1,configurable:!1}),!("\
$metadata"in u)){let m="Deserialization error: to see the raw response, inspect the hidden field {error}.$response on this object.";try{u.message+=`
  `+m}catch{!r.logger||r.logger?.constructor?.name==="NoOpLogger"?console.warn(m):r.logger?.warn?.(m)}typeof u.$responseBodyText<"u"&&u.$response&&(u.$response.
body=u.$responseBodyText);try{if(Ye.isInstance(n)){let{headers:f={},statusCode:g}=n,y=Object.entries(f);u.$metadata={httpStatusCode:g,requestId:Yu(/^x-[\w-]+-request-?id$/,
y),extendedRequestId:Yu(/^x-[\w-]+-id-2$/,y),cfId:Yu(/^x-[\w-]+-cf-id$/,y)}}}catch{}}throw u}},Yu=(t,e)=>(e.find(([r])=>r.match(t))||[void 0,void 0])[1]});var Wx,Kx=p(()=>{J();Ju();Wx=t=>(e,r)=>async o=>{let{operationSchema:n}=ee(r),[,s,i,a,c,l]=n??[],d=r.endpointV2?async()=>to(r.endpointV2):t.endpoint,u=await t.protocol.
serializeRequest(Pa(s,i,a,c,l),o.input,{...t,...r,endpoint:d});return e({...o,request:u})}});function Ot(t){return{applyToStack:e=>{e.add(Wx(t),Yx),e.add(Vx(t),Jx),t.protocol.setSerdeContext(t)}}}var Jx,Yx,Xx=p(()=>{qx();Kx();Jx={name:"deserializerMiddl\
eware",step:"deserialize",tags:["DESERIALIZER"],override:!0},Yx={name:"serializerMiddleware",step:"serialize",tags:["SERIALIZER"],override:!0}});function no(t){if(typeof t=="object")return t;if(t=t|0,Oa[t])return Oa[t];let e={},r=0;for(let o of["httpLabel","idempotent","idempotencyToken","sensitive","htt\
pPayload","httpResponseCode","httpQueryParams"])(t>>r++&1)===1&&(e[o]=1);return Oa[t]=e}var Oa,Xu=p(()=>{Oa=[]});function ks(t,e){if(t instanceof U)return Object.assign(t,{memberName:e,_isMemberSchema:!0});let r=U;return new r(t,e)}var Ds,Na,Da,U,Qu,Qx,Zx=p(()=>{Ku();Xu();
Ds={it:Symbol.for("@smithy/nor-struct-it"),ns:Symbol.for("@smithy/ns")},Na=[],Da={},U=class t{ref;memberName;static symbol=Symbol.for("@smithy/nor");symbol=t.symbol;name;schema;_isMemberSchema;traits;memberTraits;normalizedTraits;constructor(e,r){
this.ref=e,this.memberName=r;let o=[],n=e,s=e;for(this._isMemberSchema=!1;Qu(n);)o.push(n[1]),n=n[0],s=Hr(n),this._isMemberSchema=!0;if(o.length>0){this.memberTraits=
{};for(let i=o.length-1;i>=0;--i){let a=o[i];Object.assign(this.memberTraits,no(a))}}else this.memberTraits=0;if(s instanceof t){let i=this.memberTraits;Object.
assign(this,s),this.memberTraits=Object.assign({},i,s.getMemberTraits(),this.getMemberTraits()),this.normalizedTraits=void 0,this.memberName=r??s.memberName;return}
if(this.schema=Hr(s),Qx(this.schema)?(this.name=`${this.schema[1]}#${this.schema[2]}`,this.traits=this.schema[3]):(this.name=this.memberName??String(s),this.traits=
0),this._isMemberSchema&&!r)throw new Error(`@smithy/core/schema - NormalizedSchema member init ${this.getName(!0)} missing member name.`)}static[Symbol.hasInstance](e){
let r=this.prototype.isPrototypeOf(e);return!r&&typeof e=="object"&&e!==null?e.symbol===this.symbol:r}static of(e){let r=typeof e=="function"||typeof e=="object"&&
e!==null;if(typeof e=="number"){if(Na[e])return Na[e]}else if(typeof e=="string"){if(Da[e])return Da[e]}else if(r&&e[Ds.ns])return e[Ds.ns];let o=Hr(e);if(o instanceof
t)return o;if(Qu(o)){let[s,i]=o;if(s instanceof t)return Object.assign(s.getMergedTraits(),no(i)),s;throw new Error(`@smithy/core/schema - may not init unwrappe\
d member schema=${JSON.stringify(e,null,2)}.`)}let n=new t(o);return r?e[Ds.ns]=n:typeof o=="string"?Da[o]=n:typeof o=="number"?Na[o]=n:n}getSchema(){let e=this.
schema;return Array.isArray(e)&&e[0]===0?e[4]:e}getName(e=!1){let{name:r}=this;return!e&&r&&r.includes("#")?r.split("#")[1]:r||void 0}getMemberName(){return this.
memberName}isMemberSchema(){return this._isMemberSchema}isListSchema(){let e=this.getSchema();return typeof e=="number"?e>=64&&e<128:e[0]===1}isMapSchema(){let e=this.
getSchema();return typeof e=="number"?e>=128&&e<=255:e[0]===2}isStructSchema(){let e=this.getSchema();if(typeof e!="object")return!1;let r=e[0];return r===3||r===
-3||r===4}isUnionSchema(){let e=this.getSchema();return typeof e!="object"?!1:e[0]===4}isBlobSchema(){let e=this.getSchema();return e===21||e===42}isTimestampSchema(){
let e=this.getSchema();return typeof e=="number"&&e>=4&&e<=7}isUnitSchema(){return this.getSchema()==="unit"}isDocumentSchema(){return this.getSchema()===15}isStringSchema(){
return this.getSchema()===0}isBooleanSchema(){return this.getSchema()===2}isNumericSchema(){return this.getSchema()===1}isBigIntegerSchema(){return this.getSchema()===
17}isBigDecimalSchema(){return this.getSchema()===19}isStreaming(){let{streaming:e}=this.getMergedTraits();return!!e||this.getSchema()===42}isIdempotencyToken(){
return!!this.getMergedTraits().idempotencyToken}getMergedTraits(){return this.normalizedTraits??(this.normalizedTraits={...this.getOwnTraits(),...this.getMemberTraits()})}getMemberTraits(){
return no(this.memberTraits)}getOwnTraits(){return no(this.traits)}getKeySchema(){let[e,r]=[this.isDocumentSchema(),this.isMapSchema()];if(!e&&!r)throw new Error(
`@smithy/core/schema - cannot get key for non-map: ${this.getName(!0)}`);let o=this.getSchema(),n=e?15:o[4]??0;return ks([n,0],"key")}getValueSchema(){let e=this.
getSchema(),[r,o,n]=[this.isDocumentSchema(),this.isMapSchema(),this.isListSchema()],s=typeof e=="number"?63&e:e&&typeof e=="object"&&(o||n)?e[3+e[0]]:r?15:void 0;
if(s!=null)return ks([s,0],o?"value":"member");throw new Error(`@smithy/core/schema - ${this.getName(!0)} has no value member.`)}getMemberSchema(e){let r=this.getSchema();
if(this.isStructSchema()&&r[4].includes(e)){let o=r[4].indexOf(e),n=r[5][o];return ks(Qu(n)?n:[n,0],e)}if(this.isDocumentSchema())return ks([15,0],e);throw new Error(
`@smithy/core/schema - ${this.getName(!0)} has no member=${e}.`)}getMemberSchemas(){let e={};try{for(let[r,o]of this.structIterator())e[r]=o}catch{}return e}getEventStreamMember(){
if(this.isStructSchema()){for(let[e,r]of this.structIterator())if(r.isStreaming()&&r.isStructSchema())return e}return""}*structIterator(){if(this.isUnitSchema())
return;if(!this.isStructSchema())throw new Error("@smithy/core/schema - cannot iterate non-struct schema.");let e=this.getSchema(),r=e[4].length,o=e[Ds.it];if(o&&
r===o.length){yield*o;return}o=Array(r);for(let n=0;n<r;++n){let s=e[4][n],i=ks([e[5][n],0],s);yield o[n]=[s,i]}e[Ds.it]=o}};Qu=t=>Array.isArray(t)&&t.length===
2,Qx=t=>Array.isArray(t)&&t.length>=5});var Q,eS=p(()=>{Q=class t{namespace;schemas;exceptions;static registries=new Map;constructor(e,r=new Map,o=new Map){this.namespace=e,this.schemas=r,this.exceptions=
o,t.registries.has(e)||t.registries.set(e,this)}static for(e){return t.registries.get(e)??new t(e)}copyFrom(e){let{schemas:r,exceptions:o}=this;for(let[n,s]of e.
schemas)r.has(n)||r.set(n,s);for(let[n,s]of e.exceptions)o.has(n)||o.set(n,s)}register(e,r){let o=this.normalizeShapeId(e);for(let n of[this,t.for(o.split("#")[0])])
n.schemas.has(o)||n.schemas.set(o,r)}getSchema(e){let r=this.normalizeShapeId(e);if(!this.schemas.has(r)){if(!e.includes("#")){let o="#"+e,n=[];for(let[s,i]of this.
schemas.entries())s.endsWith(o)&&n.push(i);if(n.length===1)return n[0]}throw new Error(`@smithy/core/schema - schema not found for ${r}`)}return this.schemas.get(
r)}registerError(e,r){let o=e,n=o[1],s=n+"#"+o[2];r.hasOwnProperty?.("shapeId")||(r.shapeId=s);for(let i of[this,t.for(n)])!i.schemas.has(s)&&!i.exceptions.has(
o)&&(i.schemas.set(s,o),i.exceptions.set(o,r))}getErrorCtor(e){let r=e;return this.exceptions.has(r)?this.exceptions.get(r):t.for(r[1]).exceptions.get(r)}getBaseException(){
for(let e of this.exceptions.keys())if(Array.isArray(e)){let[,r,o]=e,n=r+"#"+o;if(n.startsWith("smithy.ts.sdk.synthetic.")&&n.endsWith("ServiceException"))return e}}find(e){
for(let r of this.schemas.values())if(e(r))return r}clear(){this.schemas.clear(),this.exceptions.clear()}normalizeShapeId(e){return e.includes("#")?e:this.namespace+
"#"+e}}});var X=p(()=>{Ku();Xx();Zx();Xu();eS()});function On(t,e){if(e==null)return e;let r=U.of(t);if(r.getMergedTraits().sensitive)return Zu;if(r.isListSchema()){let o=r.getValueSchema();if(o.getMergedTraits().
sensitive)return Zu;if(Array.isArray(e))return e.map(n=>On(o,n))}else if(r.isMapSchema()){let o=r.getValueSchema();if(r.getKeySchema().getMergedTraits().sensitive||
o.getMergedTraits().sensitive)return Zu;if(typeof e=="object")return Object.fromEntries(Object.entries(e).map(([n,s])=>[n,On(o,s)]))}else if(r.isStructSchema()&&
typeof e=="object"){let o=e,n={};for(let[s,i]of r.structIterator())o[s]!=null&&(n[s]=On(i,o[s]));return n}return e}var Zu,tS=p(()=>{X();Zu="***SensitiveInformat\
ion***"});var rS,ir,em,tm=p(()=>{br();Wu();tS();X();rS=Symbol.for("@smithy/op-event-stream"),ir=class{middlewareStack=Pn();schema;static classBuilder(){return new em}resolveMiddlewareWithContext(e,r,o,{
middlewareFn:n,clientName:s,commandName:i,inputFilterSensitiveLog:a,outputFilterSensitiveLog:c,smithyContext:l,additionalContext:d,CommandCtor:u}){for(let L of n.
bind(this)(u,e,r,o))this.middlewareStack.use(L);let m=e.concat(this.middlewareStack),{logger:f}=r,g=d[yr],y={logger:f,clientName:s,commandName:i,inputFilterSensitiveLog:a,
outputFilterSensitiveLog:c,...d,[yr]:{...g,commandInstance:this,...l,...o?.metricsRecorder===void 0?{}:{metricsRecorder:o.metricsRecorder},...o?.abortSignal===void 0?
{}:{abortSignal:o.abortSignal}}},{requestHandler:h}=r,S=o??{};S.metricsRecorder&&(S={...S},delete S.metricsRecorder);let x,v=this.schema,b=v?.[rS];if(b!==void 0)
x=b;else if(v&&Array.isArray(v)&&v[0]===9){let[,,,,L,Y]=v;x=v[rS]=!!(U.of(L).getEventStreamMember()||U.of(Y).getEventStreamMember())}return x&&(S={isEventStream:x,
...S}),m.resolve(L=>h.handle(L.request,S),y)}},em=class{_init=()=>{};_ep={};_middlewareFn=()=>[];_commandName="";_clientName="";_additionalContext={};_smithyContext={};_inputFilterSensitiveLog=void 0;_outputFilterSensitiveLog=void 0;_serializer=null;_deserializer=null;_operationSchema;init(e){
this._init=e}ep(e){return this._ep=e,this}m(e){return this._middlewareFn=e,this}s(e,r,o={}){return this._smithyContext={service:e,operation:r,...o},this}c(e={}){
return this._additionalContext=e,this}n(e,r){return this._clientName=e,this._commandName=r,this}f(e=o=>o,r=o=>o){return this._inputFilterSensitiveLog=e,this._outputFilterSensitiveLog=
r,this}ser(e){return this._serializer=e,this}de(e){return this._deserializer=e,this}sc(e){return this._operationSchema=e,this._smithyContext.operationSchema=e,this}build(){
let e=this,r;return r=class extends ir{input;static getEndpointParameterInstructions(){return e._ep}constructor(...[o]){super(),this.input=o??{},e._init(this),this.
schema=e._operationSchema}resolveMiddleware(o,n,s){let i=e._operationSchema,a=i?.[4]??i?.input,c=i?.[5]??i?.output;return this.resolveMiddlewareWithContext(o,n,
s,{CommandCtor:r,middlewareFn:e._middlewareFn,clientName:e._clientName,commandName:e._commandName,inputFilterSensitiveLog:e._inputFilterSensitiveLog??(i?On.bind(
null,a):l=>l),outputFilterSensitiveLog:e._outputFilterSensitiveLog??(i?On.bind(null,c):l=>l),smithyContext:e._smithyContext,additionalContext:e._additionalContext})}serialize=e.
_serializer;deserialize=e._deserializer}}}});var jr,oS=p(()=>{jr=(t,e,r)=>{for(let[s,i]of Object.entries(t)){let a=async function(l,d,u){let m=new i(l);if(typeof d=="function")this.send(m,d);else if(typeof u==
"function"){if(typeof d!="object")throw new Error(`Expected http options but got ${typeof d}`);this.send(m,d||{},u)}else return this.send(m,d)},c=(s[0].toLowerCase()+
s.slice(1)).replace(/Command$/,"");e.prototype[c]=a}let{paginators:o={},waiters:n={}}=r??{};for(let[s,i]of Object.entries(o))e.prototype[s]===void 0&&(e.prototype[s]=
function(a={},c,...l){return i({...c,client:this},a,...l)});for(let[s,i]of Object.entries(n))e.prototype[s]===void 0&&(e.prototype[s]=async function(a={},c,...l){
let d=c;return typeof c=="number"&&(d={maxWaitTime:c}),i({...d,client:this},a,...l)})}});var tt,ka,nS=p(()=>{tt=class t extends Error{static shapeId="smithy.ts.sdk.synthetic.nonamespace.client#ServiceException";$fault;$response;$retryable;$metadata;constructor(e){
super(e.message),Object.setPrototypeOf(this,Object.getPrototypeOf(this).constructor.prototype),this.name=e.name,this.$fault=e.$fault,this.$metadata=e.$metadata}static isInstance(e){
if(!e)return!1;let r=e;return t.prototype.isPrototypeOf(r)||!!r.$fault&&!!r.$metadata&&(r.$fault==="client"||r.$fault==="server")}static[Symbol.hasInstance](e){
if(!e)return!1;let r=e;if(this===t)return t.isInstance(e);if(t.isInstance(e)){if(this.prototype.isPrototypeOf(e))return!0;let o=Object.prototype.hasOwnProperty.
call(this,"shapeId")?this.shapeId:void 0,n=!1;if(o){let i=Object.getPrototypeOf(r);for(;i&&i!==Object.prototype;){let a=i.constructor,c=a!==t&&Object.prototype.
hasOwnProperty.call(a,"shapeId")?a?.shapeId:void 0;if(c&&(n=!0,c===o))return!0;i=Object.getPrototypeOf(i)}}if(o&&n)return!1;let s=this.name;if(s&&s.length>=6){if(r.
name===s)return!0;let i=Object.getPrototypeOf(r);for(;i&&i!==Object.prototype;){let a=i.constructor?.name;if(a&&a!=="Error"&&a===s)return!0;i=Object.getPrototypeOf(
i)}}}return!1}},ka=(t,e={})=>{Object.entries(e).filter(([,o])=>o!==void 0).forEach(([o,n])=>{(t[o]==null||t[o]==="")&&(t[o]=n)});let r=t.message||t.Message||"Un\
knownError";return t.message=r,delete t.Message,t}});var Nt,sS=p(()=>{Nt=t=>{switch(t){case"standard":return{retryMode:"standard",connectionTimeout:3100};case"in-region":return{retryMode:"standard",connectionTimeout:1100};case"\
cross-region":return{retryMode:"standard",connectionTimeout:3100};case"mobile":return{retryMode:"standard",connectionTimeout:3e4};default:return{}}}});var iS,Dt,aS=p(()=>{iS=!1,Dt=t=>{t&&!iS&&parseInt(t.substring(1,t.indexOf(".")))<16&&(iS=!0)}});var cS,pS,lS,dS=p(()=>{J();br();cS=Object.values(Mr),pS=t=>{let e=[];for(let r in Mr){if(!P(Mr,r))continue;let o=Mr[r];t[o]!==void 0&&e.push({algorithmId:()=>o,
checksumConstructor:()=>t[o]})}for(let[r,o]of Object.entries(t.checksumAlgorithms??{}))e.push({algorithmId:()=>r,checksumConstructor:()=>o});return{addChecksumAlgorithm(r){
t.checksumAlgorithms=t.checksumAlgorithms??{};let o=r.algorithmId(),n=r.checksumConstructor();cS.includes(o)?t.checksumAlgorithms[o.toUpperCase()]=n:t.checksumAlgorithms[o]=
n,e.push(r)},checksumAlgorithms(){return e}}},lS=t=>{let e={};return t.checksumAlgorithms().forEach(r=>{let o=r.algorithmId();cS.includes(o)&&(e[o]=r.checksumConstructor())}),
e}});var uS,mS,fS=p(()=>{uS=t=>({setRetryStrategy(e){t.retryStrategy=e},retryStrategy(){return t.retryStrategy}}),mS=t=>{let e={};return e.retryStrategy=t.retryStrategy(),
e}});var kt,$t,gS=p(()=>{dS();fS();kt=t=>Object.assign(pS(t),uS(t)),$t=t=>Object.assign(lS(t),mS(t))});var $a,hS=p(()=>{J();$a=t=>{let e="#text";for(let r in t)P(t,r)&&(t[r][e]!==void 0?t[r]=t[r][e]:typeof t[r]=="object"&&t[r]!==null&&(t[r]=$a(t[r])));return t}});var _e,yS=p(()=>{_e=class{trace(){}debug(){}info(){}warn(){}error(){}}});function Lt(t,e,r,o){return function(s,i,a,c,l={}){let d=Object.assign({},t,s);return ir.classBuilder().ep(d).m(function(u,m,f,g){let y=i.call(this,u,m,f,g);return y.
unshift(o(f,u.getEndpointParameterInstructions())),y}).s(e,a,l).n(r,a.charAt(0).toUpperCase()+a.slice(1)+"Command").sc(c).build()}}var ES=p(()=>{tm()});var T=p(()=>{J();J();zx();tm();oS();sS();aS();nS();gS();hS();yS();ES()});var xS,rm,om,SS,RS,_S,wS,IS,TS,nm=p(()=>{xS="AWS_EXECUTION_ENV",rm="AWS_REGION",om="AWS_DEFAULT_REGION",SS="AWS_EC2_METADATA_DISABLED",RS=["in-region","cross-re\
gion","mobile","standard","legacy"],_S="/latest/meta-data/placement/region",wS="/latest/api/token",IS="x-aws-ec2-metadata-token",TS="x-aws-ec2-metadata-token-tt\
l-seconds"});var sm=zd((q5,CS)=>{CS.exports=require("node:http")});var vS,P$,PS,La,AS,O$,bS,im=p(()=>{nm();vS=1e3,P$=6e4,PS=0,La=async()=>{if(!process.env[SS]&&!(Date.now()<PS))try{let t=O$(),e=(await bS({...t,path:wS,method:"P\
UT",headers:{[TS]:"21600"}})).toString();return(await bS({...t,path:_S,method:"GET",headers:{[IS]:e}})).toString().trim()||AS()}catch{return AS()}},AS=()=>{PS=Date.
now()+P$},O$=()=>{let t=process.env.AWS_EC2_METADATA_SERVICE_ENDPOINT;if(t){let e=new URL(t);return{hostname:e.hostname.replace(/^\[(.+)]$/,"$1"),port:e.port?Number(
e.port):void 0}}return process.env.AWS_EC2_METADATA_SERVICE_ENDPOINT_MODE==="IPv6"?{hostname:"fd00:ec2::254"}:{hostname:"169.254.169.254"}},bS=async t=>{let{request:e}=await Promise.resolve().then(()=>Lr(sm()));
return new Promise((r,o)=>{let n=e({hostname:t.hostname,port:t.port,path:t.path,method:t.method,headers:t.headers,timeout:vS,signal:AbortSignal.timeout(vS)});n.
on("error",s=>{o(s),n.destroy()}),n.on("timeout",()=>{o(new Error("TimeoutError from instance metadata service")),n.destroy()}),n.on("response",s=>{let{statusCode:i=400}=s;
if(i<200||i>=300){o(Object.assign(new Error("Error response received from instance metadata service"),{statusCode:i})),n.destroy();return}let a=[];s.on("data",c=>a.
push(c)),s.on("end",()=>{r(Buffer.concat(a)),n.destroy()})}),n.end()})}});var OS,NS,be,rt,am=p(()=>{im();OS="AWS_REGION",NS="region",be={environmentVariableSelector:t=>t[OS],configFileSelector:t=>t[NS],default:async()=>{let t=await La();
if(t)return t;throw new Error("Region is missing")}},rt={preferredFile:"credentials"}});var DS,kS,$S=p(()=>{J();DS=new Set,kS=(t,e=Pr)=>{if(!DS.has(t)&&!e(t))if(t==="*")console.warn('@smithy/config-resolver WARN - Please use the caller region inste\
ad of "*". See "sigv4a" in https://github.com/aws/aws-sdk-js-v3/blob/main/supplemental-docs/CLIENTS.md.');else throw new Error(`Region not accepted: region="${t}\
" is not a valid hostname component.`);else DS.add(t)}});var Ua,cm=p(()=>{Ua=t=>typeof t=="string"&&(t.startsWith("fips-")||t.endsWith("-fips"))});var LS,US=p(()=>{cm();LS=t=>Ua(t)?["fips-aws-global","aws-fips"].includes(t)?"us-east-1":t.replace(/fips-(dkr-|prod-)?|-fips/,""):t});var Ut,FS=p(()=>{$S();US();cm();Ut=t=>{let{region:e,useFipsEndpoint:r}=t;if(!e)throw new Error("Region is missing");return Object.assign(t,{region:async()=>{let o=typeof e==
"function"?await e():e,n=LS(o);return kS(n),n},useFipsEndpoint:async()=>{let o=typeof e=="string"?e:await e();return Ua(o)?!0:typeof r!="function"?Promise.resolve(
!!r):r()}})}});var N$,D$,MS,BS=p(()=>{N$="AWS_DEFAULTS_MODE",D$="defaults_mode",MS={environmentVariableSelector:t=>t[N$],configFileSelector:t=>t[D$],default:"legacy"}});var Ft,k$,$$,HS=p(()=>{am();im();qu();$u();nm();BS();Ft=({region:t=_(be),defaultsMode:e=_(MS)}={})=>_a(async()=>{let r=typeof e=="function"?await e():e;switch(r?.
toLowerCase()){case"auto":return k$(t);case"in-region":case"cross-region":case"mobile":case"standard":case"legacy":return Promise.resolve(r?.toLocaleLowerCase());case void 0:
return Promise.resolve("legacy");default:throw new Error(`Invalid parameter for "defaultsMode", expect ${RS.join(", ")}, got ${r}`)}}),k$=async t=>{if(t){let e=typeof t==
"function"?await t():t,r=await $$();return r?e===r?"in-region":"cross-region":"standard"}return"standard"},$$=async()=>process.env[xS]&&(process.env[rm]||process.
env[om])?process.env[rm]??process.env[om]:La()});var $=p(()=>{ws();Ra();ix();ku();wa();Ia();Uu();Fu();Mu();Tx();Ax();bx();qu();Fx();Hx();am();FS();HS()});var jS,GS,zS,VS=p(()=>{jS="AWS_ENDPOINT_URL",GS="endpoint_url",zS=t=>({environmentVariableSelector:e=>{let r=t.split(" ").map(s=>s.toUpperCase()),o=e[[jS,...r].
join("_")];if(o)return o;let n=e[jS];if(n)return n},configFileSelector:(e,r)=>{if(e.services){let n=["services",e.services].join(".");if(!r||!r[n])throw new Error(
`The services section "${e.services}" specified in the profile is not present in the shared configuration file.`);let s=r[n],i=t.split(" ").map(c=>c.toLowerCase()),
a=s[[i.join("_"),GS].join(".")];if(a)return a}let o=e[GS];if(o)return o},default:void 0})});var L$,U$,qS,WS=p(()=>{$();L$="AWS_IGNORE_CONFIGURED_ENDPOINT_URLS",U$="ignore_configured_endpoint_urls",qS={environmentVariableSelector:t=>At(t,L$,Ze.ENV),configFileSelector:t=>At(
t,U$,Ze.CONFIG),default:!1}});var $s,KS=p(()=>{$();VS();WS();$s=async t=>{if(!await _(qS)())return _(zS(t??""))()}});var pm,F$,M$,B$,JS,YS,XS=p(()=>{pm=async t=>{let e=t?.Bucket||"";if(typeof t.Bucket=="string"&&(t.Bucket=e.replace(/#/g,encodeURIComponent("#")).replace(/\?/g,encodeURIComponent(
"?"))),YS(e)){if(t.ForcePathStyle===!0)throw new Error("Path-style addressing cannot be used with ARN buckets")}else(!JS(e)||e.indexOf(".")!==-1&&!String(t.Endpoint).
startsWith("http:")||e.toLowerCase()!==e||e.length<3)&&(t.ForcePathStyle=!0);return t.DisableMultiRegionAccessPoints&&(t.disableMultiRegionAccessPoints=!0,t.DisableMRAP=
!0),t},F$=/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/,M$=/(\d+\.){3}\d+/,B$=/\.\./,JS=t=>F$.test(t)&&!M$.test(t)&&!B$.test(t),YS=t=>{let[e,r,o,,,n]=t.split(":"),s=e===
"arn"&&t.split(":").length>=6,i=!!(s&&r&&o&&n);if(s&&!i)throw new Error(`Invalid ARN: ${t} was an invalid ARN.`);return i}});var QS=p(()=>{XS()});var ZS,eR=p(()=>{ZS=(t,e,r,o=!1)=>{let n=async()=>{let s;return o?s=r.clientContextParams?.[t]??r[t]??r[e]:s=r[t]??r[e],typeof s=="function"?s():s};return t==="\
credentialScope"||e==="CredentialScope"?async()=>{let s=typeof r.credentials=="function"?await r.credentials():r.credentials;return s?.credentialScope??s?.CredentialScope}:
t==="accountId"||e==="AccountId"?async()=>{let s=typeof r.credentials=="function"?await r.credentials():r.credentials;return s?.accountId??s?.AccountId}:t==="en\
dpoint"||e==="endpoint"?async()=>{if(r.isCustomEndpoint===!1)return;let s=await n();if(s&&typeof s=="object"){if("url"in s)return s.url.href;if("hostname"in s){
let{protocol:i,hostname:a,port:c,path:l}=s;return`${i}//${a}${c?":"+c:""}${l}`}}return s}:n}});var lm=p(()=>{J()});function Fa(t){return async(e,r,o,n)=>{if(!o.isCustomEndpoint&&!o.ignoreConfiguredEndpointUrls){let a;o.serviceConfiguredEndpoint?a=await o.serviceConfiguredEndpoint():
a=await t(o.serviceId),a&&(o.endpoint=()=>Promise.resolve(to(a)),o.isCustomEndpoint=!0,n?.logger?.debug?.(`@smithy/core/endpoints - resolved endpoint from confi\
g: ${a}`))}let s=await Ma(e,r,o);if(typeof o.endpointProvider!="function")throw new Error("config.endpointProvider is not set.");let i=o.endpointProvider(s,n);if(o.
isCustomEndpoint&&o.endpoint){let a=await o.endpoint();if(a?.headers){i.headers??={};for(let[c,l]of Object.entries(a.headers))i.headers[c]=Array.isArray(l)?l:[l]}}
return i}}var Ma,Ba=p(()=>{QS();eR();lm();Ma=async(t,e,r)=>{let o={},n=e?.getEndpointParameterInstructions?.()||{};for(let[s,i]of Object.entries(n))switch(i.type){case"\
staticContextParams":o[s]=i.value;break;case"contextParams":o[s]=t[i.name];break;case"clientContextParams":case"builtInParams":o[s]=await ZS(i.name,s,r,i.type!==
"builtInParams")();break;case"operationContextParams":o[s]=i.get(t);break;default:throw new Error("Unrecognized endpoint parameter instruction: "+JSON.stringify(
i))}return Object.keys(n).length===0&&Object.assign(o,r),String(r.serviceId).toLowerCase()==="s3"&&await pm(o),o}});function H$(t,e,r){t.__smithy_context?t.__smithy_context.features||(t.__smithy_context.features={}):t.__smithy_context={features:{}},t.__smithy_context.features[e]=
r}function Ha(t){let e=Fa(t);return({config:r,instructions:o})=>(n,s)=>async i=>{r.isCustomEndpoint&&H$(s,"ENDPOINT_OVERRIDE","N");let a=await e(i.input,{getEndpointParameterInstructions(){
return o}},{...r},s);s.endpointV2=a,s.authSchemes=a.properties?.authSchemes;let c=s.authSchemes?.[0];if(c){s.signing_region=c.signingRegion,s.signing_service=c.
signingName;let d=ee(s)?.selectedHttpAuthScheme?.httpAuthOption;d&&(d.signingProperties=Object.assign(d.signingProperties||{},{signing_region:c.signingRegion,signingRegion:c.
signingRegion,signing_service:c.signingName,signingName:c.signingName,signingRegionSet:c.signingRegionSet},c.properties))}return n({...i})}}var dm=p(()=>{J();Ba()});function tR(t){let e=Ha(t);return(r,o)=>({applyToStack:n=>{n.addRelativeTo(e({config:r,instructions:o}),G$)}})}var j$,G$,rR=p(()=>{dm();j$={name:"serializerMidd\
leware",step:"serialize",tags:["SERIALIZER"],override:!0},G$={step:"serialize",tags:["ENDPOINT_PARAMETERS","ENDPOINT_V2","ENDPOINT"],name:"endpointV2Middleware",
override:!0,relation:"before",toMiddleware:j$.name}});function oR(t){return e=>{let r=e.tls??!0,{endpoint:o,useDualstackEndpoint:n,useFipsEndpoint:s}=e,i=o!=null?async()=>to(await q(o)()):void 0,c=Object.assign(e,{
endpoint:i,tls:r,isCustomEndpoint:!!o,useDualstackEndpoint:q(n??!1),useFipsEndpoint:q(s??!1),ignoreConfiguredEndpointUrls:!!e.ignoreConfiguredEndpointUrls}),l;return c.
serviceConfiguredEndpoint=async()=>(e.serviceId&&!l&&(l=t(e.serviceId)),l),c}}var nR=p(()=>{J();lm()});var ot,sR=p(()=>{ot=class t{nodes;root;conditions;results;constructor(e,r,o,n){this.nodes=e,this.root=r,this.conditions=o,this.results=n}static from(e,r,o,n){return new t(
e,r,o,n)}}});var nt,iR=p(()=>{nt=class{capacity;data=new Map;parameters=[];constructor({size:e,params:r}){this.capacity=e??50,r&&(this.parameters=r)}get(e,r){let o=this.hash(
e);if(o===!1)return r();if(!this.data.has(o)){if(this.data.size>this.capacity+10){let n=this.data.keys(),s=0;for(;;){let{value:i,done:a}=n.next();if(this.data.delete(
i),a||++s>10)break}}this.data.set(o,r())}return this.data.get(o)}size(){return this.data.size}hash(e){let r="",{parameters:o}=this;if(o.length===0)return!1;for(let n of o){
let s=e[n],i=s==null?"\0":String(s);if(i.includes("|;"))return!1;r+=i+"|;"}return r}}});var de,aR=p(()=>{de=class extends Error{constructor(e){super(e),this.name="EndpointError"}}});var Gr=p(()=>{aR()});var um,cR=p(()=>{um="endpoints"});function Nn(t){return typeof t!="object"||t==null?t:"ref"in t?`$${Nn(t.ref)}`:"fn"in t?`${t.fn}(${(t.argv||[]).map(Nn).join(", ")})`:JSON.stringify(t,null,2)}var pR=p(
()=>{});var lR=p(()=>{cR();pR()});var Pe,mm=p(()=>{Pe={}});var fm,dR=p(()=>{fm=(t,e)=>t===e});function gm(...t){for(let e of t)if(e!=null)return e}var uR=p(()=>{});var mR,fR=p(()=>{Gr();mR=t=>{let e=t.split("."),r=[];for(let o of e){let n=o.indexOf("[");if(n!==-1){if(o.indexOf("]")!==o.length-1)throw new de(`Path: '${t}' d\
oes not end with ']'`);let s=o.slice(n+1,-1);if(Number.isNaN(parseInt(s)))throw new de(`Invalid array index: '${s}' in path: '${t}'`);n!==0&&r.push(o.slice(0,n)),
r.push(s)}else r.push(o)}return r}});var Ls,gR=p(()=>{Gr();fR();Ls=(t,e)=>mR(e).reduce((r,o)=>{if(typeof r!="object")throw new de(`Index '${o}' in '${e}' not found in '${JSON.stringify(t)}'`);if(Array.
isArray(r)){let n=parseInt(o);return r[n<0?r.length+n:n]}return r[o]},t)});var hm,hR=p(()=>{hm=t=>t!=null});function ym(t,e,r){return t?e:r}var yR=p(()=>{});var Em,ER=p(()=>{Em=t=>!t});var z$,Dn,xm=p(()=>{z$=new RegExp("^(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]\\d|\\d)(?:\\.(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]\\d|\\d)){3}$"),Dn=t=>z$.test(t)||t.startsWith(
"[")&&t.endsWith("]")});var Sm,Rm,xR=p(()=>{br();xm();Sm={[Fo.HTTP]:80,[Fo.HTTPS]:443},Rm=t=>{let e=(()=>{try{if(t instanceof URL)return t;if(typeof t=="object"&&"hostname"in t){let{hostname:m,
port:f,protocol:g="",path:y="",query:h={}}=t,S=new URL(`${g}//${m}${f?`:${f}`:""}${y}`);return S.search=Object.entries(h).map(([x,v])=>`${x}=${v}`).join("&"),S}
return new URL(t)}catch{return null}})();if(!e)return console.error(`Unable to parse ${JSON.stringify(t)} as a whatwg URL.`),null;let r=e.href,{host:o,hostname:n,
pathname:s,protocol:i,search:a}=e;if(a)return null;let c=i.slice(0,-1);if(!Object.values(Fo).includes(c))return null;let l=Dn(n),d=r.includes(`${o}:${Sm[c]}`)||
typeof t=="string"&&t.includes(`${o}:${Sm[c]}`),u=`${o}${d?`:${Sm[c]}`:""}`;return{scheme:c,authority:u,path:s,normalizedPath:s.endsWith("/")?s:`${s}/`,isIp:l}}});function _m(t,e,r){if(r===1)return[t];if(t==="")return[""];let o=t.split(e);return r===0?o:o.slice(0,r-1).concat(o.slice(1).join(e))}var SR=p(()=>{});var wm,RR=p(()=>{wm=(t,e)=>t===e});var Im,_R=p(()=>{Im=(t,e,r,o)=>t==null||e>=r||t.length<r||/[^\u0000-\u007f]/.test(t)?null:o?t.substring(t.length-r,t.length-e):t.substring(e,r)});var Tm,wR=p(()=>{Tm=t=>encodeURIComponent(t).replace(/[!*'()]/g,e=>`%${e.charCodeAt(0).toString(16).toUpperCase()}`)});var Cm=p(()=>{dR();uR();gR();hR();J();yR();ER();xR();SR();RR();_R();wR()});var IR,TR=p(()=>{Cm();IR={booleanEquals:fm,coalesce:gm,getAttr:Ls,isSet:hm,isValidHostLabel:Pr,ite:ym,not:Em,parseURL:Rm,split:_m,stringEquals:wm,substring:Im,uriEncode:Tm}});var ja,vm=p(()=>{Cm();ja=(t,e)=>{let r=[],{referenceRecord:o,endpointParams:n}=e,s=0;for(;s<t.length;){let i=t.indexOf("{",s);if(i===-1){r.push(t.slice(s));break}
r.push(t.slice(s,i));let a=t.indexOf("}",i);if(a===-1){r.push(t.slice(i));break}t[i+1]==="{"&&t[a+1]==="}"&&(r.push(t.slice(i+1,a)),s=a+2);let c=t.substring(i+1,
a);if(c.includes("#")){let[l,d]=c.split("#");r.push(Ls(o[l]??n[l],d))}else r.push(o[c]??n[c]);s=a+1}return r.join("")}});var CR,vR=p(()=>{CR=({ref:t},e)=>e.referenceRecord[t]??e.endpointParams[t]});var Go,Ga,AR,Us=p(()=>{Gr();mm();TR();vm();vR();Go=(t,e,r)=>{if(typeof t=="string")return ja(t,r);if(t.fn)return AR.callFunction(t,r);if(t.ref)return CR(t,r);throw new de(
`'${e}': ${String(t)} is not a string, function or reference.`)},Ga=({fn:t,argv:e},r)=>{let o=Array(e.length);for(let i=0;i<o.length;++i){let a=e[i];typeof a=="\
boolean"||typeof a=="number"?o[i]=a:o[i]=AR.evaluateExpression(a,"arg",r)}let n=t.indexOf(".");if(n!==-1){let a=Pe[t.slice(0,n)]?.[t.slice(n+1)];if(typeof a=="f\
unction")return a(...o)}let s=IR[t];if(typeof s=="function")return s(...o);throw new Error(`function ${t} not loaded in endpointFunctions.`)},AR={evaluateExpression:Go,
callFunction:Ga}});var bR=p(()=>{Us()});var PR,OR=p(()=>{lR();Gr();bR();PR=(t,e)=>{let{assign:r}=t;if(r&&r in e.referenceRecord)throw new de(`'${r}' is already defined in Reference Record.`);let o=Ga(
t,e);e.logger?.debug?.(`${um} evaluateCondition: ${Nn(t)} = ${Nn(o)}`);let n=o===""?!0:!!o;return r!=null?{result:n,toAssign:{name:r,value:o}}:{result:n}}});var NR,DR=p(()=>{Gr();Us();NR=(t,e)=>Object.entries(t??{}).reduce((r,[o,n])=>(r[o]=n.map(s=>{let i=Go(s,"Header value entry",e);if(typeof i!="string")throw new de(
`Header '${o}' value '${i}' is not a string`);return i}),r),{})});var Am,kR,$R,LR=p(()=>{Gr();vm();Am=(t,e)=>Object.entries(t).reduce((r,[o,n])=>(r[o]=$R.getEndpointProperty(n,e),r),{}),kR=(t,e)=>{if(Array.isArray(t))return t.
map(r=>kR(r,e));switch(typeof t){case"string":return ja(t,e);case"object":if(t===null)throw new de(`Unexpected endpoint property: ${t}`);return $R.getEndpointProperties(
t,e);case"boolean":return t;default:throw new de(`Unexpected endpoint property type: ${typeof t}`)}},$R={getEndpointProperty:kR,getEndpointProperties:Am}});var UR,FR=p(()=>{Gr();Us();UR=(t,e)=>{let r=Go(t,"Endpoint URL",e);if(typeof r=="string")try{return new URL(r)}catch(o){throw console.error(`Failed to construct\
 URL with ${r}`,o),o}throw new de(`Endpoint URL must be a string, got ${typeof r}`)}});var bm,Mt,MR=p(()=>{Gr();OR();Us();DR();LR();FR();bm=1e8,Mt=(t,e)=>{let{nodes:r,root:o,results:n,conditions:s}=t,i=o,a={},c={referenceRecord:a,endpointParams:e.
endpointParams,logger:e.logger};for(;i!==1&&i!==-1&&i<bm;){let l=3*(Math.abs(i)-1),[d,u,m]=[r[l],r[l+1],r[l+2]],[f,g,y]=s[d],h=PR({fn:f,assign:y,argv:g},c);if(h.
toAssign){let{name:S,value:x}=h.toAssign;a[S]=x}i=i>=0===h.result?u:m}if(i>=bm){let l=n[i-bm];if(l[0]===-1){let[,f]=l;throw new de(Go(f,"Error",c))}let[d,u,m]=l;
return{url:UR(d,c),properties:Am(u,c),headers:NR(m??{},c)}}throw new de("No matching endpoint.")}});var LJ,ar,UJ,cr,W=p(()=>{KS();Ba();dm();rR();nR();sR();iR();MR();xm();J();mm();Ba();LJ=Fa($s),ar=oR($s),UJ=Ha($s),cr=tR($s)});var Fs,za,Va=p(()=>{Fs=t=>typeof ReadableStream=="function"&&(t?.constructor?.name===ReadableStream.name||t instanceof ReadableStream),za=t=>typeof Blob=="funct\
ion"&&(t?.constructor?.name===Blob.name||t instanceof Blob)});var BR,HR=p(()=>{BR=t=>new TextEncoder().encode(t)});var jR,KJ,GR,qa,Pm,zR,VR=p(()=>{jR="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/",KJ=Object.entries(jR).reduce((t,[e,r])=>(t[r]=Number(e),t),
{}),GR=jR.split(""),qa=6,Pm=8,zR=63});function qR(t){let e;typeof t=="string"?e=BR(t):e=t;let r=typeof e=="object"&&typeof e.length=="number",o=typeof e=="object"&&typeof e.byteOffset=="number"&&typeof e.
byteLength=="number";if(!r&&!o)throw new Error("@smithy/util-base64: toBase64 encoder function only accepts string | Uint8Array.");let n="";for(let s=0;s<e.length;s+=
3){let i=0,a=0;for(let l=s,d=Math.min(s+3,e.length);l<d;l++)i|=e[l]<<(d-l-1)*Pm,a+=Pm;let c=Math.ceil(a/qa);i<<=c*qa-a;for(let l=1;l<=c;l++){let d=(c-l)*qa;n+=GR[(i&
zR<<d)>>d]}n+="==".slice(0,4-c)}return n}var WR=p(()=>{HR();VR()});var KR,JR=p(()=>{KR=t=>{if(typeof t=="string")return t;if(typeof t!="object"||typeof t.byteOffset!="number"||typeof t.byteLength!="number")throw new Error("@smi\
thy/util-utf8: toUtf8 encoder function only accepts string | Uint8Array.");return new TextDecoder("utf-8").decode(t)}});async function Om(t){return t.arrayBuffer().then(e=>new Uint8Array(e))}async function Nm(t){let e=[],r=t.getReader(),o=0;for(;;){let{done:n,value:s}=await r.read();
if(s&&(e.push(s),o+=s.length),n)break}return Sa(e,o)}var YR,Dm=p(()=>{Du();Va();YR=async t=>za(t)?Om(t):Nm(t)});var XR,ZR,QR,e_=p(()=>{WR();Nu();JR();Dm();Va();XR="The stream has already been transformed.",ZR=t=>{if(!QR(t)&&!Fs(t)){let n=t?.__proto__?.constructor?.name||t;
throw new Error(`Unexpected stream implementation, expect Blob or ReadableStream, got ${n}`)}let e=!1,r=async()=>{if(e)throw new Error(XR);return e=!0,await YR(
t)},o=n=>{if(typeof n.stream!="function")throw new Error(`Cannot transform payload Blob to web stream. Please make sure the Blob.stream() is polyfilled.
If you are using React Native, this API is not yet supported, see: https://react-native.canny.io/feature-requests/p/fetch-streaming-body`);return n.stream()};return Object.
assign(t,{transformToByteArray:r,transformToString:async n=>{let s=await r();if(n==="base64")return qR(s);if(n==="hex")return Qe(s);if(n===void 0||n==="utf8"||n===
"utf-8")return KR(s);if(typeof TextDecoder=="function")return new TextDecoder(n).decode(s);throw new Error("TextDecoder is not available, please make sure polyf\
ill is provided.")},transformToWebStream:()=>{if(e)throw new Error(XR);if(e=!0,QR(t))return o(t);if(Fs(t))return t;throw new Error(`Cannot transform payload to \
web stream, got ${t}`)}})},QR=t=>typeof Blob=="function"&&t instanceof Blob});var t_,Ge,km,$m=p(()=>{t_=require("node:stream");Du();Dm();Va();Ge=t=>za(t)?Om(t):Fs(t)?Nm(t):new Promise((e,r)=>{let o=new km,n=t;n.pipe(o),n.on("error",s=>{o.
end(),r(s)}),o.on("error",r),o.on("finish",function(){let s=Sa(this.bufferedBytes);e(s)})}),km=class extends t_.Writable{bufferedBytes=[];_write(e,r,o){this.bufferedBytes.
push(e),o()}}});var Wa,r_,Ms,o_=p(()=>{Wa=require("node:stream");Cn();e_();$m();r_="The stream has already been transformed.",Ms=t=>{if(!(t instanceof Wa.Readable))try{return ZR(
t)}catch{let n=t?.__proto__?.constructor?.name||t;throw new Error(`Unexpected stream implementation, expect Stream.Readable instance, got ${n}`)}let e=!1,r=async()=>{
if(e)throw new Error(r_);return e=!0,await Ge(t)};return Object.assign(t,{transformToByteArray:r,transformToString:async o=>{let n=await r();return o===void 0||
Buffer.isEncoding(o)?Tn(n.buffer,n.byteOffset,n.byteLength).toString(o):new TextDecoder(o).decode(n)},transformToWebStream:()=>{if(e)throw new Error(r_);if(t.readableFlowing!==
null)throw new Error("The stream has been consumed by other callbacks.");if(typeof Wa.Readable.toWeb!="function")throw new Error("Readable.toWeb() is not suppor\
ted. Please ensure a polyfill is available.");return e=!0,Wa.Readable.toWeb(t)}})}});function zr(t){Object.defineProperty(t,"__proto__",{value:void 0,writable:!0,enumerable:!0,configurable:!0})}var n_=p(()=>{});var s_,kn,V$,Lm,$n,k=p(()=>{s_=require("node:crypto");EE();xE();RE();ya();_E();IE();WE();KE();JE();QE();ZE();ex();rx();Nu();nx();sx();uu();o_();$m();J();n_();kn=
class extends SE(Z,se,me,Se){},V$=s_.getRandomValues,Lm=wE(V$),$n=Lm});var ze,Ln=p(()=>{k();ze=async(t=new Uint8Array,e)=>{if(t instanceof Uint8Array)return kn.mutate(t);if(!t)return kn.mutate(new Uint8Array);let r=e.streamCollector(
t);return kn.mutate(await r)}});function zo(t){return/^[\w.~-]+$/.test(t)?t:encodeURIComponent(t).replace(/[!'()*]/g,function(e){return"%"+e.charCodeAt(0).toString(16).toUpperCase()})}var Um=p(
()=>{});var a_,Oe,q$,W$,K$,J$,Ka,i_,Vo=p(()=>{X();k();a_=Symbol.for("@smithy/schema-x"),Oe=class t extends U{static identity=Symbol.for("@smithy/HttpBindingNormalizedSc\
hema");identity=t.identity;bindings;constructor(e){super(e)}static of(e){let r=U.of(e);if(r.identity===t.identity)return r;let o=r.isMemberSchema()?r:r.getSchema(),
n=typeof o=="object"&&o!==null?o:r;return n[a_]??=new t(r)}getHttpBindingLocation(e){return e.httpPayload?36:e.httpLabel?33:e.httpHeader?38:typeof e.httpPrefixHeaders==
"string"?39:e.httpQuery?34:e.httpQueryParams?35:e.httpResponseCode?37:32}getHttpBindingValue(e,r,o=!1){let n=this.getSchema(),s=typeof n=="number"?n&255:this.isListSchema()?
64:255,i=e&7,a=r.mediaType?r.mediaType==="application/json"||r.mediaType.endsWith("+json")?2:1:0,c=r.streaming||s===42?this.isStructSchema()?2:1:0,l=s>=4&&s<=7?
i>=6?2:i>0&&i<4?1:0:0,d=s|a<<8|(r.idempotencyToken?1:0)<<10|c<<11|(r.sparse?1:0)<<13|l<<14|(r.hostLabel?1:0)<<17|(e===36&&typeof n!="object"?1:0)<<18,u=s&192,m=i&
2&&(u===64||!o&&i&1)?this.getHttpBindingCollectionValue(e,r):void 0,f=(m?.[1]??0)&255;return d|=(i>=6&&(f===4||f===6)?1:0)<<16,[this,d,m]}getHttpBindingCollectionValue(e,r=this.
getMergedTraits()){let o=t.of(this.getValueSchema());return o.getHttpBindingValue(e,{...o.getMergedTraits(),...r},!0)}getHttpBindings(){let e=this.getSchema();return typeof e!=
"object"||e===null?J$:this.bindings??=q$(this)}},q$=t=>{let e=[],r=[],o=[],n=[],s=[],i={},a={},c=[],l={headers:a,prefixHeaders:c},d={request:{memberBindings:s,byName:i},
response:{bodyMemberNames:e,bindings:l}},{request:u,response:m}=d;for(let[f,g]of t.structIterator()){let y=Oe.of(g),h=y.getMergedTraits(),S=y.getHttpBindingLocation(
h),x=h.httpHeader?.toLowerCase()??h.httpPrefixHeaders?.toLowerCase()??h.httpQuery,v=y.getHttpBindingValue(S,h),b=[f,v,S,x];f==="__proto__"&&zr(i),i[f]=b,v[1]>>10&
1&&(u.hasIdempotency=!0),s.push(b);let L=S&7;if(L===0&&(o.push(f),n.push(g)),(L&4)===0)e.push(f),r.push(g);else if((L&6)===4)if(L&1)l.statusCode=b;else{l.payload=
b;let Y=v[1]&255;u.contentTypeInstruction=h.mediaType??(Y===0?"text/plain":Y===21||Y===42?"application/octet-stream":null)}else L&1?(u.hasPrefixHeaders=!0,c.push(
b)):(x==="__proto__"&&zr(a),a[x]=b)}return u.contentTypeInstruction===void 0&&o.length&&(u.contentTypeInstruction=null),u.syntheticBodySchema=i_(t,o,n),m.syntheticBodySchema=
i_(t,e,r),d},W$=t=>{let e=[],r=0;for(let o of t.matchAll(/\{([^{}+]+)(\+)?\}/g))o.index>r&&e.push([t.slice(r,o.index),0]),e.push([o[1],o[2]?2:1]),r=o.index+o[0].
length;return e.length&&r<t.length&&e.push([t.slice(r),0]),e.length?e:void 0},K$=t=>{let{http:e,endpoint:r}=no(t.traits??{}),[o,n]=e?.[1].split("?")??[];return[
e?.[0],o,n?[...new URLSearchParams(n)]:[],o?W$(o):void 0,r?.[0]]},J$={request:{memberBindings:[],byName:{}},response:{bodyMemberNames:[],bindings:{headers:{},prefixHeaders:[]}}},
Ka=t=>t[a_]??=K$(t),i_=(t,e,r)=>{if(!e.length)return;let o=t.getSchema(),n=[3,o[1],o[2],t.getMergedTraits(),e,r],s=o[6],i=s&&e.reduce((a,c)=>a+(o[4].indexOf(c)<
s?1:0),0);return i&&(n[6]=i),n}});var Nr,Bs=p(()=>{Nr=class{serdeContext;setSerdeContext(e){this.serdeContext=e}}});var c_=zd(()=>{throw new Error("@smithy/core/event-streams is not bundled: no ECR or STS operation streams events")});var Un,Fm=p(()=>{J();X();Bs();Vo();Un=class extends Nr{options;compositeErrorRegistry;constructor(e){super(),this.options=e,this.compositeErrorRegistry=new Q(e.
defaultNamespace);for(let r of e.errorTypeRegistries??[])this.compositeErrorRegistry.copyFrom(r)}getRequestType(){return j}getResponseType(){return Ye}setSerdeContext(e){
this.serdeContext=e,this.serializer.setSerdeContext(e),this.deserializer.setSerdeContext(e),this.getPayloadCodec()&&this.getPayloadCodec().setSerdeContext(e)}updateServiceEndpoint(e,r){
if("url"in r){e.protocol=r.url.protocol,e.hostname=r.url.hostname,e.port=r.url.port?Number(r.url.port):void 0,e.path=r.url.pathname,e.fragment=r.url.hash||void 0,
e.username=r.url.username||void 0,e.password=r.url.password||void 0,e.query||(e.query={});for(let[o,n]of r.url.searchParams.entries())e.query[o]=n;if(r.headers)
for(let o in r.headers)P(r.headers,o)&&(e.headers[o]=r.headers[o].join(", "));return e}else{if(e.protocol=r.protocol,e.hostname=r.hostname,e.port=r.port?Number(
r.port):void 0,e.path=r.path,e.query={...r.query},r.headers)for(let o in r.headers)P(r.headers,o)&&(e.headers[o]=r.headers[o]);return e}}setHostPrefix(e,r,o,n=Ka(
r)){if(this.serdeContext?.disableHostPrefix)return;let s=n[4];if(typeof s!="string")return;let i=s;for(let[a,[,c]]of Oe.of(r.input).getHttpBindings().request.memberBindings){
if(!(c>>17&1))continue;let l=o[a];if(typeof l!="string")throw new Error(`@smithy/core/schema - ${a} in input must be a string as hostLabel.`);i=i.replace(`{${a}\
}`,l)}if(e.hostname=i+e.hostname,!fu(e.hostname))throw new Error(`[${e.hostname}] is not a valid hostname.`)}deserializeMetadata(e){return{httpStatusCode:e.statusCode,
requestId:e.headers["x-amzn-requestid"]??e.headers["x-amzn-request-id"]??e.headers["x-amz-request-id"],extendedRequestId:e.headers["x-amz-id-2"],cfId:e.headers["\
x-amz-cf-id"]}}resolveError(e,r,o){let n=[-3,"","Error",0,[],[],0],s;for(let i of o)for(let a of r)try{a==="*"?s=i.getSchema(e):s=i.getSchema(a+"#"+e);let c=i.getErrorCtor(
s);if(c)return[s,c,"modeled"];{let l=i.getBaseException();if(l){let d=i.getErrorCtor(l);if(d)return[s,d,"synthetic"]}}}catch{}for(let i of o){let a=i.getBaseException();
if(a){let c=i.getErrorCtor(a);if(c)return[a,c,"synthetic"]}}return[n,Error,"native"]}async serializeEventStream({eventStream:e,requestSchema:r,initialRequest:o}){
return(await this.loadEventStreamCapability()).serializeEventStream({eventStream:e,requestSchema:r,initialRequest:o})}async deserializeEventStream({response:e,responseSchema:r,
initialResponseContainer:o}){return(await this.loadEventStreamCapability()).deserializeEventStream({response:e,responseSchema:r,initialResponseContainer:o})}async loadEventStreamCapability(){
let{EventStreamSerde:e,eventStreamSerdeProvider:r}=await Promise.resolve().then(()=>Lr(c_())),o=this.resolveEventStreamMarshaller(r);return new e({marshaller:o,
serializer:this.serializer,deserializer:this.deserializer,serdeContext:this.serdeContext,defaultContentType:this.getDefaultContentType(),compositeErrorRegistry:this.
compositeErrorRegistry})}getDefaultContentType(){throw new Error(`@smithy/core/protocols - ${this.constructor.name} getDefaultContentType() implementation missi\
ng.`)}async deserializeHttpMessage(e,r,o,n,s){return[]}getEventStreamMarshaller(){let e=this.serdeContext;if(!e.eventStreamMarshaller)throw new Error("@smithy/c\
ore - HttpProtocol: eventStreamMarshaller missing in serdeContext.");return e.eventStreamMarshaller}resolveEventStreamMarshaller(e){let r=this.serdeContext;return r.
eventStreamMarshaller?r.eventStreamMarshaller:e(this.serdeContext)}}});var Hs,p_=p(()=>{J();k();Vo();Fm();Ln();Um();Hs=class extends Un{async serializeRequest(e,r,o){let n=r&&typeof r=="object"?r:{},s={},i={},a=await o.endpoint(),c=Oe.
of(e?.input),l=c.getHttpBindings().request,d=Ka(e),u=new j({query:s,headers:i});if(a){this.updateServiceEndpoint(u,a),this.setHostPrefix(u,e,n,d);let[f,g,y]=d;if(f){
u.method=f,u.path=u.path==="/"?g:u.path+g;for(let[h,S]of y)s[h]=S}}u.query=s;let m=this.serializeHttpBindings(n,u,l,d);return m&&(u.body=await this.serializeEventStream(
{eventStream:m,requestSchema:c})),u}serializeHttpBindings(e,r,o,n){let s=this.serializer,i=typeof s.writeCodec=="function"?s:void 0,a=r.query,c=r.headers,l=o.syntheticBodySchema,
d=!1,u,m,f,g=Object.getOwnPropertyNames(e),y=Object.getPrototypeOf(e),h=(y===Object.prototype||y===null)&&!o.hasIdempotency&&!o.hasPrefixHeaders&&g.length*2<o.memberBindings.
length,S=h?g.length:o.memberBindings.length;for(let b=0;b<S;++b){let L=h?P(o.byName,g[b])?o.byName[g[b]]:void 0:o.memberBindings[b];if(!L)continue;let Y=L[1],ve=L[0],
or=Y[0],Cr=Y[1],ce=Y[2],Ae=L[2],pt=L[3],Ke=e[ve];if(!(Ke==null&&!(Cr>>10&1)))if(Ae===36){let z=Cr>>11&3;z?z===2?m=Ke||void 0:u=Ke:(i?i.writeCodec(or,Ke):s.write(
or,Ke),u=s.flush())}else if(Ae===33||Ae===38){let z=this.serializeHttpValue(Y,Ke,Ae,i);Ae===33?(f??=Object.create(null))[ve]=z:c[pt]=z}else if(Ae===39)for(let z in Ke){
if(!P(Ke,z))continue;let mr=pt+z;c[mr.toLowerCase()]=this.serializeHttpValue(ce,Ke[z],38,i,i?ce[0]:[ce[0],{httpHeader:mr}])}else(Ae&62)===34?this.serializeQuery(
Y,Ke,pt,a,i):d=!0}let x=n[1],v=n[3];return x&&v&&r.path.endsWith(x)&&(r.path=r.path.slice(0,-x.length)+this.serializePath(v,f,o)),d&&l&&(i?i.writeCodec(l,e):s.write(
l,e),u=s.flush()),r.body=u,m}serializeQuery(e,r,o,n,s){let[i,a,c]=e,l=s?void 0:i.getMergedTraits();if(o===void 0){for(let d in r)!P(r,d)||d in n||(s||Object.assign(
c[0].getMergedTraits(),{...l,httpQuery:d,httpQueryParams:void 0}),this.serializeQuery(c,r[d],d,n,s));return}if((a&192)===64){let d=[];for(let u of r){let m=this.
serializeHttpValue(c,u,34,s,s?c[0]:[c[0],l]);(a>>13&1||m!==void 0)&&d.push(m)}n[o]=d}else n[o]=this.serializeHttpValue(e,r,34,s,s?i:[i,l])}serializeHttpValue(e,r,o,n,s=e[0]){
let i=e[1],a=i&255;return n&&!(i&1792)&&(a<=2||a===17||a===19)?String(r):(n?n.writeHttpBinding(e,r,o):this.serializer.write(s,r),this.serializer.flush())}serializePath(e,r,o){
let n="";for(let[s,i]of e){if(i===0){n+=s;continue}let a=r?.[s];if(a===void 0){if(P(o.byName,s)&&o.byName[s][2]===33)throw new Error(`No value provided for inpu\
t HTTP label: ${s}.`);n+=`{${s}${i===2?"+":""}}`}else n+=i===2?a.split("/").map(zo).join("/"):zo(a)}return n}async deserializeResponse(e,r,o){let n=this.deserializer,
s=typeof n.readCodec=="function"?n:void 0,i=Oe.of(e.output),a=i.getHttpBindings().response,c={};if(o.statusCode>=300){let d=await ze(o.body,r);throw d.byteLength>
0&&Object.assign(c,await n.read(15,d)),await this.handleError(e,r,o,c,this.deserializeMetadata(o)),new Error("@smithy/core/protocols - HTTP Protocol error handl\
er failed to throw.")}let l=await this.deserializeHttpMessage(i,r,o,c);if(l.length){let d=await ze(o.body,r);if(d.byteLength>0){let u=await(s?s.readCodec(a.syntheticBodySchema,
d):n.read(a.syntheticBodySchema,d));for(let m of l)u[m]!=null&&(c[m]=u[m])}}else a.bindings.payload||await ze(o.body,r);return c.$metadata=this.deserializeMetadata(
o),c}async deserializeHttpMessage(e,r,o,n,s){let i=n instanceof Set?s:n,a=this.deserializer,c=typeof a.readCodec=="function"?a:void 0,l=Oe.of(e),{bodyMemberNames:d,
bindings:{payload:u,statusCode:m,headers:f,prefixHeaders:g}}=l.getHttpBindings().response,y=o.headers;if(u){let[h,S]=u,[x,v]=S,b=v>>11&3;if(b)b===2?i[h]=await this.
deserializeEventStream({response:o,responseSchema:l}):i[h]=Ms(o.body);else if(o.body){let L=await ze(o.body,r);L.byteLength>0&&(i[h]=await(c?c.readPayload(S,L):
a.read(x,L)))}}for(let h in y){if(!P(y,h))continue;let S=h.toLowerCase(),x=y[h];S!==h&&(delete y[h],y[S]=x);let v=P(f,S)?f[S]:void 0;if(!v)continue;let[b,[L,Y,ve],
,or]=v;if(ve){let Cr=Y>>16&1?bu(x,",",2):_s(x),ce=[];for(let Ae of Cr)ce.push(c?c.readHttpBinding(ve,Ae.trim(),38):await a.read([ve[0],{httpHeader:or}],Ae.trim()));
i[b]=ce}else i[b]=c?c.readHttpBinding(v[1],x,38):await a.read(L,x)}for(let[h,[,,S],,x]of g){i[h]={};for(let v in y){if(!P(y,v)||!v.startsWith(x))continue;let b=y[v];
i[h][v.slice(x.length)]=c?c.readHttpBinding(S,b,38):await a.read([S[0],{httpHeader:v}],b)}}return m&&(i[m[0]]=o.statusCode),d}}});var qo,l_=p(()=>{J();X();J();Fm();Ln();qo=class extends Un{async serializeRequest(e,r,o){let n=this.serializer,s={},i={},a=await o.endpoint(),c=U.of(e?.input),l=c.
getSchema(),d,u=r&&typeof r=="object"?r:{},m=new j({protocol:"",hostname:"",port:void 0,path:"/",fragment:void 0,query:s,headers:i,body:void 0});if(a&&(this.updateServiceEndpoint(
m,a),this.setHostPrefix(m,e,u)),u){let f=c.getEventStreamMember();if(f){if(u[f]){let g={};for(let[y]of c.structIterator())y!==f&&u[y]!=null&&(g[y]=u[y]);d=await this.
serializeEventStream({eventStream:u[f],requestSchema:c,initialRequest:g})}}else n.write(l,u),d=n.flush()}return m.headers=Object.assign(m.headers,i),m.query=s,m.
body=d,m.method="POST",m}async deserializeResponse(e,r,o){let n=this.deserializer,s=U.of(e.output),i={};if(this.isErrorResponse(o.statusCode)){let c=await ze(o.
body,r);throw c.byteLength>0&&Object.assign(i,await n.read(15,c)),await this.handleError(e,r,o,i,this.deserializeMetadata(o)),new Error("@smithy/core/protocols \
- RPC Protocol error handler failed to throw.")}for(let c in o.headers){if(!P(o.headers,c))continue;let l=o.headers[c];delete o.headers[c],o.headers[c.toLowerCase()]=
l}let a=s.getEventStreamMember();if(a)i[a]=await this.deserializeEventStream({response:o,responseSchema:s,initialResponseContainer:i});else{let c=await ze(o.body,
r);c.byteLength>0&&Object.assign(i,await n.read(s,c))}return i.$metadata=this.deserializeMetadata(o),i}isErrorResponse(e){return e>=300}}});var Wo,Mm=p(()=>{k();Vo();Bs();Wo=class extends Nr{settings;constructor(e){super(),this.settings=e}read(e,r){let o=Oe.of(e),n=o.getMergedTraits(),s=o.getHttpBindingLocation(
n);return this.readHttpBinding(o.getHttpBindingValue(s,n),r,s)}readHttpBinding([e,r,o],n,s){let i=r&255;if((i&192)===64)return o??=e.getHttpBindingCollectionValue(
s),_s(n).map(a=>this.readHttpBinding(o,a,s));switch(i){case 21:case 42:return(this.serdeContext?.base64Decoder??Se)(n);case 4:case 5:case 6:case 7:{let a=this.settings.
httpBindings?r>>14&3:0;switch(this.settings.timestampFormat.useTrait&&i>4?i:a?a+4:this.settings.timestampFormat.default){case 5:return vu(n);case 6:return Au(n);case 7:
return Cu(n);default:return console.warn("Missing timestamp format, parsing value with Date constructor:",n),new Date(n)}}case 0:{let a=r>>8&3;if(!a)return n;let c=n;
return(s&6)===6&&(c=(this.serdeContext?.utf8Encoder??Z)((this.serdeContext?.base64Decoder??Se)(c))),a===2?Xe.from(c):c}case 1:return Number(n);case 2:return n.toLowerCase()===
"true";case 17:return BigInt(n);case 19:return new Re(n,"bigDecimal");default:return n}}}});var js,d_=p(()=>{k();Vo();Bs();Mm();js=class extends Nr{codecDeserializer;stringDeserializer;constructor(e,r){super(),this.codecDeserializer=e,this.stringDeserializer=
new Wo(r)}setSerdeContext(e){this.stringDeserializer.setSerdeContext(e),this.codecDeserializer.setSerdeContext(e),this.serdeContext=e}read(e,r){let o=Oe.of(e),n=o.
getMergedTraits();if(n.httpHeader||n.httpResponseCode){let s=o.getHttpBindingValue(38,n);return this.readHttpBinding(s,r,38)}return n.httpPayload?this.readPayload(
o.getHttpBindingValue(36,n),r):this.readCodec(o,r)}readHttpBinding(e,r,o){let n=typeof r=="string"?r:(this.serdeContext?.utf8Encoder??Z)(r);return this.stringDeserializer.
readHttpBinding(e,n,o)}readPayload([e,r],o){let n=r&255;return n===21||n===42?typeof o=="string"?(this.serdeContext?.utf8Decoder??se)(o):o:n===0?typeof o=="stri\
ng"?o:(this.serdeContext?.utf8Encoder??Z)(o):this.readCodec(e,o)}readCodec(e,r){return this.codecDeserializer.read(e,r)}}});var Ja,u_=p(()=>{k();Vo();Bs();Ja=class extends Nr{settings;stringBuffer="";constructor(e){super(),this.settings=e}write(e,r){let o=Oe.of(e),n=o.getMergedTraits(),
s=o.getHttpBindingLocation(n);this.writeHttpBinding(o.getHttpBindingValue(s,n),r,s)}writeHttpBinding([e,r,o],n,s){let i=r&255;switch(typeof n){case"object":if(n===
null){this.stringBuffer="null";return}if(i>=4&&i<=7){if(!(n instanceof Date))throw new Error(`@smithy/core/protocols - received non-Date value ${n} when schema \
expected Date in ${e.getName(!0)}`);let l=this.settings.httpBindings?r>>14&3:0;switch(this.settings.timestampFormat.useTrait&&i>4?i:l?l+4:this.settings.timestampFormat.
default){case 5:this.stringBuffer=n.toISOString().replace(".000Z","Z");break;case 6:this.stringBuffer=Mo(n);break;case 7:this.stringBuffer=String(n.getTime()/1e3);
break;default:console.warn("Missing timestamp format, using epoch seconds",n),this.stringBuffer=String(n.getTime()/1e3)}return}if((i===21||i===42)&&"byteLength"in
n){this.stringBuffer=(this.serdeContext?.base64Encoder??me)(n);return}if((i&192)===64&&Array.isArray(n)){o??=e.getHttpBindingCollectionValue(s);let l=o[1]&255,d=l>=
4&&l<=7,u="";for(let m of n){this.writeHttpBinding(o,m,s);let f=this.flush();u&&(u+=", "),u+=d?f:_u(f)}this.stringBuffer=u;return}this.stringBuffer=JSON.stringify(
n,null,2);break;case"string":let a=r>>8&3,c=n;if(a===2&&(c=Xe.from(c)),a&&(s&6)===6){this.stringBuffer=(this.serdeContext?.base64Encoder??me)(c.toString());return}
this.stringBuffer=n;break;default:this.stringBuffer=r>>10&1?$n():String(n)}}flush(){let e=this.stringBuffer;return this.stringBuffer="",e}}});var Gs,m_=p(()=>{Vo();u_();Gs=class{codecSerializer;stringSerializer;buffer;constructor(e,r,o=new Ja(r)){this.codecSerializer=e,this.stringSerializer=o}setSerdeContext(e){
this.codecSerializer.setSerdeContext(e),this.stringSerializer.setSerdeContext(e)}write(e,r){let o=Oe.of(e),n=o.getMergedTraits();if(n.httpHeader||n.httpLabel||n.
httpQuery){let s=o.getHttpBindingLocation(n);this.writeHttpBinding(o.getHttpBindingValue(s,n),r,s);return}this.writeCodec(o,r)}writeHttpBinding(e,r,o){this.stringSerializer.
writeHttpBinding(e,r,o),this.buffer=this.stringSerializer.flush()}writeCodec(e,r){this.codecSerializer.write(e,r)}flush(){if(this.buffer!==void 0){let e=this.buffer;
return this.buffer=void 0,e}return this.codecSerializer.flush()}}});function Ko(t,e){if(e.timestampFormat.useTrait){let a=t.getSchema();if(a===5||a===6||a===7)return a}let{httpLabel:r,httpPrefixHeaders:o,httpHeader:n,httpQuery:s}=t.
getMergedTraits();return(e.httpBindings?typeof o=="string"||n?6:s||r?5:void 0:void 0)??e.timestampFormat.default}var Ya=p(()=>{});var Bt,Ht,f_=p(()=>{Bt=t=>(t.logger&&t.logger.constructor?.name!=="NoOpLogger"&&t.requestHandler?.updateHttpClientConfig?.(Symbol.for("logger"),t.logger),t.defaultSocketTimeout&&
t.requestHandler?.updateHttpClientConfig?.(Symbol.for("@smithy/defaultSocketTimeout"),t.defaultSocketTimeout),{setHttpHandler(e){t.requestHandler=e},httpHandler(){
return t.requestHandler},updateHttpClientConfig(e,r){t.requestHandler?.updateHttpClientConfig(e,r)},httpHandlerConfigs(){return t.requestHandler.httpHandlerConfigs()}}),
Ht=t=>({requestHandler:t.httpHandler()})});function h_(t){return e=>async r=>{let o=r.request;if(j.isInstance(o)){let{body:n,headers:s}=o;if(n&&Object.keys(s).map(i=>i.toLowerCase()).indexOf(g_)===-1)try{
let i=t(n);i!=null&&(o.headers={...o.headers,[g_]:String(i)})}catch{}}return e({...r,request:o})}}var g_,y_,jt,E_=p(()=>{J();g_="content-length";y_={step:"build",
tags:["SET_CONTENT_LENGTH","CONTENT_LENGTH"],name:"contentLengthMiddleware",override:!0},jt=t=>({applyToStack:e=>{e.add(h_(t.bodyLengthChecker),y_)}})});var xr,Y$,Bm=p(()=>{xr=t=>encodeURIComponent(t).replace(/[!'()*]/g,Y$),Y$=t=>`%${t.charCodeAt(0).toString(16).toUpperCase()}`});function Hm(t){let e=[];for(let r of Object.keys(t).sort()){let o=t[r];if(r=xr(r),Array.isArray(o))for(let n=0,s=o.length;n<s;n++)e.push(`${r}=${xr(o[n])}`);else{
let n=r;(o||typeof o=="string")&&(n+=`=${xr(o)}`),e.push(n)}}return e.join("&")}var x_=p(()=>{Bm()});var so,Xa=p(()=>{so=class{serdeContext;setSerdeContext(e){this.serdeContext=e}}});var Qa,S_=p(()=>{Qa=class{from;to;keys;constructor(e,r){this.from=e,this.to=r;let o=Object.keys(this.from),n=new Set(o);n.delete("__type"),this.keys=n}mark(e){this.
keys.delete(e)}hasUnknown(){return this.keys.size===1&&Object.keys(this.to).length===0}writeUnknown(){if(this.hasUnknown()){let e=this.keys.values().next().value,
r=this.from[e];this.to.$unknown=[e,r]}}}});function Za(){if(zs===void 0)try{if(typeof Buffer!="function")zs=!1;else{let t=JSON.parse(Buffer.from([123,125]));zs=t!==null&&typeof t=="object"}}catch{zs=!1}return zs}
var zs,jm=p(()=>{});function ec(t,e,r){if(r?.source){let o=r.source;if(typeof e=="number")return e<=Number.MAX_SAFE_INTEGER&&e>=Number.MIN_SAFE_INTEGER?Q$(o,e)?e:new Re(o,"bigDecim\
al"):X$(o)?new Re(o,"bigDecimal"):/[eE]/.test(o)?Z$(o):BigInt(o)}return e}function X$(t){let e=t.indexOf(".");if(e===-1)return!1;let r=t.search(/[eE]/);if(r===-1)
return!0;let o=r-e-1;return parseInt(t.slice(r+1),10)<o}function Q$(t,e){if(t===String(e)||Object.is(e,-0))return!0;if(/[eE]/.test(t))return Gm(t)===Gm(String(e));
let r=t.replace(/(\.\d*?)0+$/,"$1").replace(/\.$/,""),o=String(e);return r===o?!0:/[eE]/.test(o)?r===Gm(o):!1}function Gm(t){let e=t.startsWith("-"),r=e?t.slice(
1):t,o=r.search(/[eE]/),n;if(o===-1)n=r;else{let s=parseInt(r.slice(o+1),10),i=r.slice(0,o),a=i.indexOf("."),c,l;a===-1?(c=i,l=i.length):(c=i.slice(0,a)+i.slice(
a+1),l=a),c=c.replace(/0+$/,"")||"0";let d=l+s;c==="0"?n="0":d<=0?n="0."+"0".repeat(-d)+c:d>=c.length?n=c+"0".repeat(d-c.length):n=c.slice(0,d)+"."+c.slice(d)}return n.
includes(".")&&(n=n.replace(/(\.\d*?)0+$/,"$1").replace(/\.$/,"")),(e?"-":"")+n}function Z$(t){let e=t.search(/[eE]/),r=parseInt(t.slice(e+1),10),o=t.startsWith(
"-"),n=t.slice(o?1:0,e),s=n.indexOf("."),i,a;if(s===-1)i=n,a=r;else{i=n.slice(0,s)+n.slice(s+1);let l=n.length-s-1;a=r-l}i=i.replace(/0+$/,"")||"0";let c=BigInt(
i)*10n**BigInt(a+(n.replace(".","").length-i.length));return o?-c:c}var zm=p(()=>{k()});function rc(t){let e=U.of(t),r=e.getSchema();if(Array.isArray(r)&&e.isStructSchema()){if(Vm in r)return r[Vm];let o=tc(e,new Set);return r[Vm]=o,o}return tc(e,new Set)}
function tc(t,e){let r=t.getSchema();if(e.has(r))return!1;if(e.add(r),t.isBigIntegerSchema()||t.isBigDecimalSchema())return!0;if(t.isStructSchema()){for(let[,o]of t.
structIterator())if(tc(o,e))return!0}else if(t.isListSchema()||t.isMapSchema()){if(tc(t.getValueSchema(),e))return!0}else if(t.isDocumentSchema())return!0;return!1}
var Vm,qm=p(()=>{X();Vm=Symbol.for("@aws-sdk/reviver")});var R_,__=p(()=>{Ln();k();R_=(t,e)=>ze(t,e).then(r=>(e?.utf8Encoder??Z)(r))});async function Km(t,e,r){let o;if(Za()&&typeof t?.[Symbol.asyncIterator]=="function"){let s=await ze(t,e);typeof Buffer=="function"&&(Buffer.isBuffer(s)?o=s:o=Buffer.
from(s.buffer,s.byteOffset,s.byteLength))}if(o||(o=await R_(t,e)),o.length===0)return{};let n=r&&rc(r)?ec:void 0;try{return JSON.parse(o,n)}catch(s){throw s?.name===
"SyntaxError"&&Object.defineProperty(s,"$responseBodyText",{value:typeof o=="string"?o:o.toString("utf8")}),s}}var w_,Wm,Jm,Ym,I_,Xm=p(()=>{Ln();__();jm();zm();
qm();w_=(t,e)=>Object.keys(t).find(r=>r.toLowerCase()===e.toLowerCase()),Wm=t=>{let e=t;return typeof e=="number"&&(e=e.toString()),e.indexOf(",")>=0&&(e=e.split(
",")[0]),e.indexOf(":")>=0&&(e=e.split(":")[0]),e.indexOf("#")>=0&&(e=e.split("#")[1]),e},Jm=(t,e)=>I_(t,e,["header","code","type"]),Ym=(t,e,r=!1)=>I_(t,e,r?["c\
ode","header","type"]:["type","code","header"]),I_=({headers:t},e,r)=>{for(;r.length>0;)switch(r.shift()){case"header":let n=w_(t??{},"x-amzn-errortype");if(n!==
void 0)return Wm(t[n]);break;case"code":let s=w_(e??{},"code");if(s&&e[s]!==void 0)return Wm(e[s]);break;case"type":if(e?.__type!==void 0)return Wm(e.__type);break}}});var oc,T_=p(()=>{Ya();X();k();Xa();S_();jm();zm();qm();Xm();J();oc=class extends so{settings;constructor(e){super(),this.settings=e}async read(e,r){let o=rc(e)?
ec:void 0,n;if(typeof r=="string"){if(r.length===0)return{};n=JSON.parse(r,o)}else if(r instanceof Uint8Array&&Za()){if(r.byteLength===0)return{};let s=Buffer.isBuffer(
r)?r:Buffer.from(r.buffer,r.byteOffset,r.byteLength);n=JSON.parse(s,o)}else n=await Km(r,this.serdeContext,e);return this._read(e,n)}readObject(e,r){return this.
_read(e,r)}_read(e,r){let o=r!==null&&typeof r=="object",n=U.of(e);if(o){if(n.isStructSchema())return this._readStruct(n,r);if(Array.isArray(r)&&n.isListSchema()){
let i=n.getValueSchema();if(this.needsTransform(i))for(let a=0;a<r.length;++a)r[a]=this._read(i,r[a]);return r}if(n.isMapSchema()){let i=n.getValueSchema(),a=r;
if(this.needsTransform(i))for(let c in a)P(a,c)&&(c==="__proto__"&&zr(a),a[c]=this._read(i,a[c]));return a}}if(n.isBlobSchema()&&typeof r=="string")return Se(r);
let s=n.getMergedTraits().mediaType;if(n.isStringSchema()&&typeof r=="string"&&s)return s==="application/json"||s.endsWith("+json")?Xe.from(r):r;if(n.isTimestampSchema()&&
r!=null)switch(Ko(n,this.settings)){case 5:return Su(r);case 6:return Rs(r);case 7:return Ru(r);default:return console.warn("Missing timestamp format, parsing v\
alue with Date constructor:",r),new Date(r)}if(n.isBigIntegerSchema()&&(typeof r=="number"||typeof r=="string"))return BigInt(r);if(n.isBigDecimalSchema()&&r!=null){
if(r instanceof Re)return r;let i=r;return i.type==="bigDecimal"&&"string"in i?new Re(i.string,i.type):new Re(String(r),"bigDecimal")}if(n.isNumericSchema()&&typeof r==
"string"){switch(r){case"Infinity":return 1/0;case"-Infinity":return-1/0;case"NaN":return NaN}return r}if(n.isDocumentSchema()&&o)if(Array.isArray(r))for(let i=0;i<
r.length;++i){let a=r[i];a instanceof Re||(r[i]=this._read(n,a))}else{let i=r;for(let a in i){if(!P(i,a))continue;a==="__proto__"&&zr(i);let c=i[a];c instanceof
Re||(i[a]=this._read(n,c))}}return r}_readStruct(e,r){let o=e.isUnionSchema(),n={},s,i=typeof r.__type=="string",{jsonName:a}=this.settings;a&&i&&(s={});let c;o&&
(c=new Qa(r,n));for(let[l,d]of e.structIterator()){let u=l;a&&(u=d.getMergedTraits().jsonName??u,i&&(s[u]=l)),o&&c.mark(u),r[u]!=null&&(n[l]=this._read(d,r[u]))}
if(o)c.writeUnknown();else if(i)for(let l in r){if(!P(r,l))continue;let d=r[l],u=a?s[l]??l:l;u in n||(n[u]=d)}return n}needsTransform(e){return!!(e.isBlobSchema()||
e.isTimestampSchema()||e.isBigIntegerSchema()||e.isBigDecimalSchema()||e.isNumericSchema()||e.isDocumentSchema()||e.isStructSchema()||e.isListSchema()||e.isMapSchema()||
e.isStringSchema()&&e.getMergedTraits().mediaType)}}});var nc,C_,v_=p(()=>{k();nc=class t extends Uint8Array{string=null;static allocUnsafe(e){if(typeof Buffer=="function"){let r=Buffer.allocUnsafe(e);return new t(r.
buffer,r.byteOffset,r.byteLength)}return new t(e)}toString(){return this.s()}valueOf(){return this.s()}includes(e,r){return typeof e=="string"?this.s().includes(
e,r):Uint8Array.prototype.includes.call(this,e,r)}indexOf(e,r){return typeof e=="string"?this.s().indexOf(e,r):Uint8Array.prototype.indexOf.call(this,e,r)}lastIndexOf(e,r){
if(typeof e=="string")return this.s().lastIndexOf(e,r);let o=Uint8Array.prototype.lastIndexOf;return r!==void 0?o.call(this,e,r):o.call(this,e)}startsWith(e,r){
return this.s().startsWith(e,r)}endsWith(e,r){return this.s().endsWith(e,r)}match(e){return this.s().match(e)}replace(e,r){return this.s().replace(e,r)}search(e){
return this.s().search(e)}split(e,r){return this.s().split(e,r)}substring(e,r){return this.s().substring(e,r)}trim(){return this.s().trim()}trimStart(){return this.
s().trimStart()}trimEnd(){return this.s().trimEnd()}charAt(e){return this.s().charAt(e)}charCodeAt(e){return this.s().charCodeAt(e)}padStart(e,r){return this.s().
padStart(e,r)}padEnd(e,r){return this.s().padEnd(e,r)}repeat(e){return this.s().repeat(e)}toUpperCase(){return this.s().toUpperCase()}toLowerCase(){return this.
s().toLowerCase()}s(){if(this.string==null){let e=Date.now();e>C_+6e4&&(console.warn("@aws-sdk/core/protocols - WARN - JsonCodec2: you have called a string meth\
od on a Uint8Array request body. It has been automatically converted to string. In a future version this will throw an error."),C_=e),this.string=Z(this)}return this.
string}},C_=0});function Qm(t){return nc.allocUnsafe(t)}var sc,A_,b_,eL,tL,Fn,ic,ac,P_,rL,oL,nL,Dr,O_,cc,N_=p(()=>{Ya();X();k();Xa();J();v_();sc=new TextEncoder,A_=123,b_=125,eL=
91,tL=93,Fn=34,ic=58,ac=44,P_=92,rL=new Uint8Array([116,114,117,101]),oL=new Uint8Array([102,97,108,115,101]),nL=new Uint8Array([110,117,108,108]),Dr=new Array(
128).fill(null);Dr[8]="b";Dr[9]="t";Dr[10]="n";Dr[12]="f";Dr[13]="r";Dr[34]='"';Dr[92]="\\";for(let t=0;t<32;t++)Dr[t]===null&&(Dr[t]="u00"+t.toString(16).padStart(
2,"0"));O_=2048;cc=class t extends so{settings;json;i=0;rootSchema;rawValue;passthrough=!1;constructor(e){super(),this.settings=e,this.json=Qm(O_)}write(e,r){this.
i=0,this.rawValue=r,this.rootSchema=U.of(e),this.passthrough=this.rootSchema.isBlobSchema()||this.rootSchema.isStringSchema(),this.passthrough||this.writeValue(
this.rootSchema,r,void 0)}writeDiscriminatedDocument(e,r){this.i=0,this.rootSchema=U.of(e);let o=this.rootSchema;if(o.isStructSchema()&&r!=null&&typeof r=="obje\
ct"){this.writeValue(o,r,void 0);let n=`"__type":"${o.getName(!0)??"Unknown"}",`,s=n.length;this.ensure(s),this.json.copyWithin(1+s,1,this.i),sc.encodeInto(n,this.
json.subarray(1)),this.i+=s}else this.writeValue(o,r,void 0)}flush(){this.rootSchema=void 0;let e=this.i;this.i=0;let r=this.rawValue;if(this.rawValue=void 0,e===
0)return r;let o=this.json.subarray(0,e);return this.json=Qm(O_),o}ensure(e){let{i:r,json:o}=this;if(r+e>o.length){let n=o.length*2;for(;n<r+e;)n*=2;let s=Qm(n);
s.set(this.json),this.json=s}}writeAscii(e){let r=e.length;this.ensure(r);let{i:o,json:n}=this;for(let s=0;s<r;++s)n[o]=e.charCodeAt(s),o+=1;this.i=o}writeAsciiQuoted(e){
let r=e.length;this.ensure(r+4);let{json:o,i:n}=this;o[n++]=Fn;for(let s=0;s<r;++s)o[n++]=e.charCodeAt(s);o[n++]=Fn,this.i=n}writeJsonString(e){let r=e.length;this.
ensure(r*3+2),this.json[this.i++]=Fn;for(let o=0;o<r;++o){let n=e.charCodeAt(o);if(n>34&&n<92)this.json[this.i++]=n;else if(n<128){let s=Dr[n];if(s!==null){this.
ensure(s.length+1+(r-o-1)*3+1),this.json[this.i++]=P_;for(let i=0;i<s.length;i++)this.json[this.i++]=s.charCodeAt(i)}else this.json[this.i++]=n}else if(n>=55296&&
n<=56319){let s=o+1<r?e.charCodeAt(o+1):0;if(s>=56320&&s<=57343){this.ensure(4);let{written:i}=sc.encodeInto(e.substring(o,o+2),this.json.subarray(this.i));this.
i+=i,++o}else this.ensure(6+(r-o-1)*3+1),this.writeUnicodeEscape(n)}else if(n>=56320&&n<=57343)this.ensure(6+(r-o-1)*3+1),this.writeUnicodeEscape(n);else{let{i:s,
json:i}=this;n<2048?(i[s++]=192|n>>6,i[s++]=128|n&63):(i[s++]=224|n>>12,i[s++]=128|n>>6&63,i[s++]=128|n&63),this.i=s}}this.json[this.i++]=Fn}writeUnicodeEscape(e){
let{json:r,i:o}=this;r[o++]=P_,r[o++]=117;let n=e.toString(16).padStart(4,"0");for(let s=0;s<4;++s)r[o++]=n.charCodeAt(s);this.i=o}static B64=(()=>{let e="ABCDE\
FGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/",r=new Uint8Array(64);for(let o=0;o<64;++o)r[o]=e.charCodeAt(o);return r})();writeBase64(e){let r=Math.
ceil(e.length/3)*4;this.ensure(r+2);let o=this.json,n=t.B64,s=this.i;o[s++]=Fn;let i=e.length,a=i%3,c=i-a;for(let l=0;l<c;l+=3){let d=e[l],u=e[l+1],m=e[l+2];o[s++]=
n[d>>2],o[s++]=n[(d&3)<<4|u>>4],o[s++]=n[(u&15)<<2|m>>6],o[s++]=n[m&63]}if(a===2){let l=e[c],d=e[c+1];o[s++]=n[l>>2],o[s++]=n[(l&3)<<4|d>>4],o[s++]=n[(d&15)<<2],
o[s++]=61}else if(a===1){let l=e[c];o[s++]=n[l>>2],o[s++]=n[(l&3)<<4],o[s++]=61,o[s++]=61}o[s++]=Fn,this.i=s}writeValue(e,r,o){if(r==null){if(o?.isStructSchema()){
if(r===void 0&&U.of(e).isIdempotencyToken()){this.writeAsciiQuoted($n());return}return}this.ensure(4),this.json.set(nL,this.i),this.i+=4;return}let n=U.of(e),s=typeof r==
"object";if(n.isStringSchema()){let i=n.getMergedTraits().mediaType;if(i&&(i==="application/json"||i.endsWith("+json"))){this.writeJsonString(Xe.from(r).toString());
return}}if(this.settings.bigNumberAsString&&r!=null&&(n.isBigIntegerSchema()||n.isBigDecimalSchema())){let i=r instanceof Re?r.string:String(r);this.writeAsciiQuoted(
i);return}if(s){if(n.isStructSchema()){this.writeStruct(n,r);return}if(Array.isArray(r)&&(n.isListSchema()||n.isDocumentSchema())){this.writeList(n,r,n.isDocumentSchema());
return}if(n.isMapSchema()){this.writeMap(n,r,!1);return}if(r instanceof Uint8Array&&(n.isBlobSchema()||n.isDocumentSchema())){this.writeBase64(r);return}if(r instanceof
Date&&(n.isTimestampSchema()||n.isDocumentSchema())){this.writeTimestamp(n,r);return}if(r instanceof Re){this.writeAscii(r.string);return}if(n.isDocumentSchema()){
Array.isArray(r)?this.writeList(n,r,!0):this.writeMap(n,r,!0);return}let i=JSON.stringify(r);this.writeAscii(i);return}if(typeof r=="string"){if(n.isBlobSchema()){
let i=(this.serdeContext?.base64Encoder??me)(r);this.writeAsciiQuoted(i);return}this.writeJsonString(r);return}if(typeof r=="number"){if(Math.abs(r)===1/0||Number.
isNaN(r)){this.writeAsciiQuoted(String(r));return}let i=String(r);this.writeAscii(i);return}if(typeof r=="boolean"){this.ensure(5);let{i,json:a}=this;r?(a.set(rL,
i),i+=4):(a.set(oL,i),i+=5),this.i=i;return}if(typeof r=="bigint"){this.writeAscii(r.toString());return}this.writeAscii(String(r))}writeStruct(e,r){this.ensure(
2),this.json[this.i++]=A_;let o=!1,n=typeof r.__type=="string",s;n&&(s=new Set);for(let[i,a]of e.structIterator()){let c=r[i];if(c==null&&!a.isIdempotencyToken())
continue;o&&(this.ensure(1),this.json[this.i++]=ac),o=!0;let l=this.settings.jsonName?a.getMergedTraits().jsonName??i:i;s&&(s.add(i),s.add(l)),this.writeAsciiQuoted(
l),this.json[this.i++]=ic,this.writeValue(a,c,e)}if(!o&&e.isUnionSchema()){let{$unknown:i}=r;if(Array.isArray(i)){let[a,c]=i;this.writeAsciiQuoted(a),this.ensure(
1),this.json[this.i++]=ic,this.writeValue(15,c,e)}}else if(n)for(let i in r){if(s.has(i))continue;s.add(i);let a=r[i];o&&(this.ensure(1),this.json[this.i++]=ac),
o=!0,this.writeAsciiQuoted(i),this.ensure(1),this.json[this.i++]=ic,this.writeValue(15,a,void 0)}this.ensure(1),this.json[this.i++]=b_}writeList(e,r,o){let n=!!e.
getMergedTraits().sparse,s=e.getValueSchema();if(!o&&(s.isStringSchema()||s.isNumericSchema()||s.isBooleanSchema())){let a=!1;for(let l=0;l<r.length;++l){let d=r[l];
if(Number.isNaN(d)||d===1/0||d===-1/0||d==null&&!n){a=!0;break}}let c;if(!a)c=JSON.stringify(r);else{let l=[];for(let d=0;d<r.length;++d){let u=r[d];u==null&&!n||
(Number.isNaN(u)||u===1/0||u===-1/0?l.push(String(u)):l.push(u))}c=JSON.stringify(l)}this.ensure(c.length*3),this.i+=sc.encodeInto(c,this.json.subarray(this.i)).
written;return}this.ensure(2),this.json[this.i++]=eL;let i=!1;for(let a=0;a<r.length;++a){let c=r[a];(o?c===void 0:c==null&&!n)||(i&&(this.ensure(1),this.json[this.
i++]=ac),this.writeValue(s,c,void 0),i=!0)}this.ensure(1),this.json[this.i++]=tL}writeMap(e,r,o){let n=!!e.getMergedTraits().sparse,s=e.getValueSchema();if(!o&&
(s.isStringSchema()||s.isNumericSchema()||s.isBooleanSchema())){let a;for(let l in r){if(!P(r,l))continue;let d=r[l];Number.isNaN(d)||d===1/0||d===-1/0?((a??={})[l]=
d,r[l]=String(d)):d===null&&!n&&((a??={})[l]=null,r[l]=void 0)}let c=JSON.stringify(r);a&&Object.assign(r,a),this.ensure(c.length*3),this.i+=sc.encodeInto(c,this.
json.subarray(this.i)).written;return}this.ensure(2),this.json[this.i++]=A_;let i=!0;for(let a in r){if(!P(r,a))continue;let c=r[a];(o?c===void 0:c==null&&!n)||
(i||(this.ensure(1),this.json[this.i++]=ac),i=!1,this.writeJsonString(a),this.ensure(1),this.json[this.i++]=ic,this.writeValue(s,c,void 0))}this.ensure(1),this.
json[this.i++]=b_}writeTimestamp(e,r){switch(Ko(e,this.settings)){case 5:{let n=r.toISOString().replace(".000Z","Z");this.writeAsciiQuoted(n);return}case 6:{this.
writeAsciiQuoted(Mo(r));return}case 7:{let n=String(r.getTime()/1e3);this.writeAscii(n);return}default:{let n=String(r.getTime()/1e3);this.writeAscii(n);return}}}}});var Jo,D_=p(()=>{Xa();T_();N_();Jo=class extends so{settings;constructor(e){super(),this.settings=e}createSerializer(){let e=new cc(this.settings);return e.setSerdeContext(
this.serdeContext),e}createDeserializer(){let e=new oc(this.settings);return e.setSerdeContext(this.serdeContext),e}}});var F=p(()=>{Ln();Um();p_();l_();Mm();d_();m_();Ya();J();J();f_();E_();Bm();x_();J();Xm();D_()});var k_,$_,Gt,L_=p(()=>{F();k_=t=>e=>async r=>{if(!j.isInstance(r.request))return e(r);let{request:o}=r,{handlerProtocol:n=""}=t.requestHandler.metadata||{};if(n.
indexOf("h2")>=0&&!o.headers[":authority"])delete o.headers.host,o.headers[":authority"]=o.hostname+(o.port?":"+o.port:"");else if(!o.headers.host){let s=o.hostname;
o.port!=null&&(s+=`:${o.port}`),o.headers.host=s}return e(r)},$_={name:"hostHeaderMiddleware",step:"build",priority:"low",tags:["HOST"],override:!0},Gt=t=>({applyToStack:e=>{
e.add(k_(t),$_)}})});var U_,F_,zt,M_=p(()=>{T();U_=()=>(t,e)=>async r=>{try{let o=await t(r),{logger:n}=e,s=n instanceof _e;if(n&&!s){let{clientName:i,commandName:a,dynamoDbDocumentClientOptions:c={}}=e,
{overrideInputFilterSensitiveLog:l,overrideOutputFilterSensitiveLog:d}=c,u=l??e.inputFilterSensitiveLog,m=d??e.outputFilterSensitiveLog,{$metadata:f,...g}=o.output;
n.info?.({clientName:i,commandName:a,input:u(r.input),output:m(g),metadata:f})}return o}catch(o){let{clientName:n,commandName:s,logger:i,dynamoDbDocumentClientOptions:a={}}=e,
{overrideInputFilterSensitiveLog:c}=a,l=c??e.inputFilterSensitiveLog;throw i?.error?.({clientName:n,commandName:s,input:l(r.input),error:o,metadata:o.$metadata}),
o}},F_={name:"loggerMiddleware",tags:["LOGGER"],step:"initialize",override:!0},zt=t=>({applyToStack:e=>{e.add(U_(),F_)}})});var B_,H_=p(()=>{B_={step:"build",tags:["RECURSION_DETECTION","TRACE_CONTEXT_PROPAGATION"],name:"recursionDetectionMiddleware",override:!0,priority:"low"}});var G_=zd((KQ,j_)=>{j_.exports=require("node:async_hooks")});var io,Zm,pc,ef,tf,Vs,z_=p(()=>{io={REQUEST_ID:Symbol.for("_AWS_LAMBDA_REQUEST_ID"),X_RAY_TRACE_ID:Symbol.for("_AWS_LAMBDA_X_RAY_TRACE_ID"),TENANT_ID:Symbol.for(
"_AWS_LAMBDA_TENANT_ID"),TRACEPARENT:Symbol.for("_AWS_LAMBDA_TRACEPARENT"),TRACESTATE:Symbol.for("_AWS_LAMBDA_TRACESTATE"),BAGGAGE:Symbol.for("_AWS_LAMBDA_BAGGA\
GE")},Zm=["true","1"].includes(process.env?.AWS_LAMBDA_NODEJS_NO_GLOBAL_AWSLAMBDA??"");Zm||(globalThis.awslambda=globalThis.awslambda||{});pc=class{static PROTECTED_KEYS=io;isProtectedKey(e){
return Object.values(io).includes(e)}getRequestId(){return this.get(io.REQUEST_ID)??"-"}getXRayTraceId(){return this.get(io.X_RAY_TRACE_ID)}getTenantId(){return this.
get(io.TENANT_ID)}getTraceparent(){return this.get(io.TRACEPARENT)}getTracestate(){return this.get(io.TRACESTATE)}getBaggage(){return this.get(io.BAGGAGE)}},ef=
class extends pc{currentContext;getContext(){return this.currentContext}hasContext(){return this.currentContext!==void 0}get(e){return this.currentContext?.[e]}set(e,r){
if(this.isProtectedKey(e))throw new Error(`Cannot modify protected Lambda context field: ${String(e)}`);this.currentContext=this.currentContext||{},this.currentContext[e]=
r}run(e,r){return this.currentContext=e,r()}},tf=class t extends pc{als;static async create(){let e=new t,r=await Promise.resolve().then(()=>Lr(G_()));return e.
als=new r.AsyncLocalStorage,e}getContext(){return this.als.getStore()}hasContext(){return this.als.getStore()!==void 0}get(e){return this.als.getStore()?.[e]}set(e,r){
if(this.isProtectedKey(e))throw new Error(`Cannot modify protected Lambda context field: ${String(e)}`);let o=this.als.getStore();if(!o)throw new Error("No cont\
ext available");o[e]=r}run(e,r){return this.als.run(e,r)}};(function(t){let e=null;async function r(o){return e||(e=(async()=>{let s=o===!0||"AWS_LAMBDA_MAX_CON\
CURRENCY"in process.env?await tf.create():new ef;return!Zm&&globalThis.awslambda?.InvokeStore?globalThis.awslambda.InvokeStore:(!Zm&&globalThis.awslambda&&(globalThis.
awslambda.InvokeStore=s),s)})()),e}t.getInstanceAsync=r,t._testing=process.env.AWS_LAMBDA_BENCHMARK_MODE==="1"?{reset:()=>{e=null,globalThis.awslambda?.InvokeStore&&
delete globalThis.awslambda.InvokeStore,globalThis.awslambda={InvokeStore:void 0}}}:void 0})(Vs||(Vs={}))});function aL(t){for(let e of Object.keys(t)){let r=e.toLowerCase();e!==r&&(r===of||r===V_||r===q_)&&(t[r]=t[e],delete t[e])}}var sL,iL,rf,of,V_,q_,W_,K_=p(()=>{z_();
F();sL="AWS_LAMBDA_FUNCTION_NAME",iL="_X_AMZN_TRACE_ID",rf="X-Amzn-Trace-Id",of="traceparent",V_="tracestate",q_="baggage",W_=()=>t=>async e=>{let{request:r}=e;
if(!j.isInstance(r))return t(e);let o;{let n=Object.keys(r.headers??{}).find(s=>s.toLowerCase()===rf.toLowerCase())??rf;if(!r.headers.hasOwnProperty(n)){let s=process.
env[sL],i=process.env[iL];o??=await Vs.getInstanceAsync();let c=o?.getXRayTraceId()??i,l=d=>typeof d=="string"&&d.length>0;l(s)&&l(c)&&(r.headers[rf]=c)}}if(aL(
r.headers),!r.headers[of]){let s=(o??=await Vs.getInstanceAsync())?.getTraceparent?.();if(s){r.headers[of]=s;let i=o?.getTracestate?.();i&&(r.headers[V_]=i);let a=o?.
getBaggage?.();a&&(r.headers[q_]=a)}}return t(e)}});var Vt,J_=p(()=>{H_();K_();Vt=t=>({applyToStack:e=>{e.add(W_(),B_)}})});var Y_,X_=p(()=>{Y_=(t,e)=>{if(!e||e.length===0)return t;let r=[];for(let o of e)for(let n of t)n.schemeId.split("#")[1]===o&&r.push(n);for(let o of t)r.find(({
schemeId:n})=>n===o.schemeId)||r.push(o);return r}});function cL(t){let e=new Map;for(let r of t)e.set(r.schemeId,r);return e}var nf,Q_=p(()=>{J();X_();nf=(t,e)=>(r,o)=>async n=>{let s=t.httpAuthSchemeProvider(await e.
httpAuthSchemeParametersProvider(t,o,n.input)),i=t.authSchemePreference?await t.authSchemePreference():[],a=Y_(s,i),c=cL(t.httpAuthSchemes),l=ee(o),d=[];for(let u of a){
let m=c.get(u.schemeId);if(!m){d.push(`HttpAuthScheme \`${u.schemeId}\` was not enabled for this service.`);continue}let f=m.identityProvider(await e.identityProviderConfigProvider(
t));if(!f){d.push(`HttpAuthScheme \`${u.schemeId}\` did not have an IdentityProvider configured.`);continue}let{identityProperties:g={},signingProperties:y={}}=u.
propertiesExtractor?.(t,o)||{};u.identityProperties=Object.assign(u.identityProperties||{},g),u.signingProperties=Object.assign(u.signingProperties||{},y),l.selectedHttpAuthScheme=
{httpAuthOption:u,identity:await f(u.identityProperties),signer:m.signer};break}if(!l.selectedHttpAuthScheme)throw new Error(d.join(`
`));return r(n)}});var sf,dt,Z_=p(()=>{Q_();sf={step:"serialize",tags:["HTTP_AUTH_SCHEME"],name:"httpAuthSchemeMiddleware",override:!0,relation:"before",toMiddleware:"endpointV2Mi\
ddleware"},dt=(t,{httpAuthSchemeParametersProvider:e,identityProviderConfigProvider:r})=>({applyToStack:o=>{o.addRelativeTo(nf(t,{httpAuthSchemeParametersProvider:e,
identityProviderConfigProvider:r}),sf)}})});var ew=p(()=>{Z_()});var pL,lL,af,tw=p(()=>{F();J();pL=t=>e=>{throw e},lL=(t,e)=>{},af=t=>(e,r)=>async o=>{if(!j.isInstance(o.request))return e(o);let s=ee(r).selectedHttpAuthScheme;
if(!s)throw new Error("No HttpAuthScheme was selected: unable to sign request");let{httpAuthOption:{signingProperties:i={}},identity:a,signer:c}=s,l=await e({...o,
request:await c.sign(o.request,a,i)}).catch((c.errorHandler||pL)(i));return(c.successHandler||lL)(l.response,i),l}});var cf,ut,rw=p(()=>{tw();cf={step:"finalizeRequest",tags:["HTTP_SIGNING"],name:"httpSigningMiddleware",aliases:["apiKeyMiddleware","tokenMiddleware","awsAuthMid\
dleware"],override:!0,relation:"after",toMiddleware:"retryMiddleware"},ut=t=>({applyToStack:e=>{e.addRelativeTo(af(t),cf)}})});var ow=p(()=>{rw()});var Sr,nw=p(()=>{Sr=t=>{if(typeof t=="function")return t;let e=Promise.resolve(t);return()=>e}});var Ve,sw=p(()=>{J();Ve=class{authSchemes=new Map;constructor(e){for(let r in e){if(!P(e,r))continue;let o=e[r];o!==void 0&&this.authSchemes.set(r,o)}}getIdentityProvider(e){
return this.authSchemes.get(e)}}});var st,iw=p(()=>{st=class{async sign(e,r,o){return e}}});var aw=p(()=>{iw()});var pf,lc,qs,dc,cw=p(()=>{pf=t=>function(r){return qs(r)&&r.expiration.getTime()-Date.now()<t},lc=pf(3e5),qs=t=>t.expiration!==void 0,dc=(t,e,r)=>{if(t===void 0)
return;let o=typeof t!="function"?async()=>Promise.resolve(t):t,n,s,i,a=!1,c=async l=>{s||(s=o(l));try{n=await s,i=!0,a=!1}finally{s=void 0}return n};return e===
void 0?async l=>((!i||l?.forceRefresh)&&(n=await c(l)),n):async l=>((!i||l?.forceRefresh)&&(n=await c(l)),a?n:r(n)?(e(n)&&await c(l),n):(a=!0,n))}});var pw=p(()=>{sw();aw();cw()});var it=p(()=>{ew();ow();nw();pw()});function fL(t){return t===void 0?!0:typeof t=="string"&&t.length<=50}function qt(t){let e=Sr(t.userAgentAppId??uc),{customUserAgent:r}=t;return Object.assign(t,
{customUserAgent:typeof r=="string"?[[r]]:r,userAgentAppId:async()=>{let o=await e();if(!fL(o)){let n=t.logger?.constructor?.name==="NoOpLogger"||!t.logger?console:
t.logger;typeof o!="string"?n?.warn("userAgentAppId must be a string or undefined."):o.length>50&&n?.warn("The provided userAgentAppId exceeds the maximum lengt\
h of 50 characters.")}return o}})}var uc,lf=p(()=>{it();uc=void 0});var lw,dw=p(()=>{lw={partitions:[{id:"aws",outputs:{dnsSuffix:"amazonaws.com",dualStackDnsSuffix:"api.aws",implicitGlobalRegion:"us-east-1",name:"aws",supportsDualStack:!0,
supportsFIPS:!0},regionRegex:"^(us|eu|ap|sa|ca|me|af|il|mx)\\-\\w+\\-\\d+$",regions:{"af-south-1":{description:"Africa (Cape Town)"},"ap-east-1":{description:"A\
sia Pacific (Hong Kong)"},"ap-east-2":{description:"Asia Pacific (Taipei)"},"ap-northeast-1":{description:"Asia Pacific (Tokyo)"},"ap-northeast-2":{description:"\
Asia Pacific (Seoul)"},"ap-northeast-3":{description:"Asia Pacific (Osaka)"},"ap-south-1":{description:"Asia Pacific (Mumbai)"},"ap-south-2":{description:"Asia \
Pacific (Hyderabad)"},"ap-southeast-1":{description:"Asia Pacific (Singapore)"},"ap-southeast-2":{description:"Asia Pacific (Sydney)"},"ap-southeast-3":{description:"\
Asia Pacific (Jakarta)"},"ap-southeast-4":{description:"Asia Pacific (Melbourne)"},"ap-southeast-5":{description:"Asia Pacific (Malaysia)"},"ap-southeast-6":{description:"\
Asia Pacific (New Zealand)"},"ap-southeast-7":{description:"Asia Pacific (Thailand)"},"aws-global":{description:"aws global region"},"ca-central-1":{description:"\
Canada (Central)"},"ca-west-1":{description:"Canada West (Calgary)"},"eu-central-1":{description:"Europe (Frankfurt)"},"eu-central-2":{description:"Europe (Zuri\
ch)"},"eu-north-1":{description:"Europe (Stockholm)"},"eu-south-1":{description:"Europe (Milan)"},"eu-south-2":{description:"Europe (Spain)"},"eu-west-1":{description:"\
Europe (Ireland)"},"eu-west-2":{description:"Europe (London)"},"eu-west-3":{description:"Europe (Paris)"},"il-central-1":{description:"Israel (Tel Aviv)"},"me-c\
entral-1":{description:"Middle East (UAE)"},"me-south-1":{description:"Middle East (Bahrain)"},"me-west-1":{description:"Middle East (Saudi Arabia)"},"mx-centra\
l-1":{description:"Mexico (Central)"},"sa-east-1":{description:"South America (Sao Paulo)"},"sa-west-1":{description:"South America (Chile)"},"us-east-1":{description:"\
US East (N. Virginia)"},"us-east-2":{description:"US East (Ohio)"},"us-west-1":{description:"US West (N. California)"},"us-west-2":{description:"US West (Oregon\
)"}}},{id:"aws-cn",outputs:{dnsSuffix:"amazonaws.com.cn",dualStackDnsSuffix:"api.amazonwebservices.com.cn",implicitGlobalRegion:"cn-northwest-1",name:"aws-cn",supportsDualStack:!0,
supportsFIPS:!0},regionRegex:"^cn\\-\\w+\\-\\d+$",regions:{"aws-cn-global":{description:"aws-cn global region"},"cn-north-1":{description:"China (Beijing)"},"cn\
-northwest-1":{description:"China (Ningxia)"}}},{id:"aws-eusc",outputs:{dnsSuffix:"amazonaws.eu",dualStackDnsSuffix:"api.amazonwebservices.eu",implicitGlobalRegion:"\
eusc-de-east-1",name:"aws-eusc",supportsDualStack:!0,supportsFIPS:!0},regionRegex:"^eusc\\-(de)\\-\\w+\\-\\d+$",regions:{"eusc-de-east-1":{description:"AWS Euro\
pean Sovereign Cloud (Germany)"}}},{id:"aws-iso",outputs:{dnsSuffix:"c2s.ic.gov",dualStackDnsSuffix:"api.aws.ic.gov",implicitGlobalRegion:"us-iso-east-1",name:"\
aws-iso",supportsDualStack:!0,supportsFIPS:!0},regionRegex:"^us\\-iso\\-\\w+\\-\\d+$",regions:{"aws-iso-global":{description:"aws-iso global region"},"us-iso-ea\
st-1":{description:"US ISO East"},"us-iso-west-1":{description:"US ISO WEST"}}},{id:"aws-iso-b",outputs:{dnsSuffix:"sc2s.sgov.gov",dualStackDnsSuffix:"api.aws.s\
cloud",implicitGlobalRegion:"us-isob-east-1",name:"aws-iso-b",supportsDualStack:!0,supportsFIPS:!0},regionRegex:"^us\\-isob\\-\\w+\\-\\d+$",regions:{"aws-iso-b-\
global":{description:"aws-iso-b global region"},"us-isob-east-1":{description:"US ISOB East (Ohio)"},"us-isob-west-1":{description:"US ISOB West"}}},{id:"aws-is\
o-e",outputs:{dnsSuffix:"cloud.adc-e.uk",dualStackDnsSuffix:"api.cloud-aws.adc-e.uk",implicitGlobalRegion:"eu-isoe-west-1",name:"aws-iso-e",supportsDualStack:!0,
supportsFIPS:!0},regionRegex:"^eu\\-isoe\\-\\w+\\-\\d+$",regions:{"aws-iso-e-global":{description:"aws-iso-e global region"},"eu-isoe-west-1":{description:"EU I\
SOE West"}}},{id:"aws-iso-f",outputs:{dnsSuffix:"csp.hci.ic.gov",dualStackDnsSuffix:"api.aws.hci.ic.gov",implicitGlobalRegion:"us-isof-south-1",name:"aws-iso-f",
supportsDualStack:!0,supportsFIPS:!0},regionRegex:"^us\\-isof\\-\\w+\\-\\d+$",regions:{"aws-iso-f-global":{description:"aws-iso-f global region"},"us-isof-east-\
1":{description:"US ISOF EAST"},"us-isof-south-1":{description:"US ISOF SOUTH"}}},{id:"aws-us-gov",outputs:{dnsSuffix:"amazonaws.com",dualStackDnsSuffix:"api.aw\
s",implicitGlobalRegion:"us-gov-west-1",name:"aws-us-gov",supportsDualStack:!0,supportsFIPS:!0},regionRegex:"^us\\-gov\\-\\w+\\-\\d+$",regions:{"aws-us-gov-glob\
al":{description:"aws-us-gov global region"},"us-gov-east-1":{description:"AWS GovCloud (US-East)"},"us-gov-west-1":{description:"AWS GovCloud (US-West)"}}}],version:"\
1.1"}});var gL,hL,uw,mw,df=p(()=>{dw();gL=lw,hL="",uw=t=>{let{partitions:e}=gL;for(let o of e){let{regions:n,outputs:s}=o;for(let[i,a]of Object.entries(n))if(i===t)return{
...s,...a}}for(let o of e){let{regionRegex:n,outputs:s}=o;if(new RegExp(n).test(t))return{...s}}let r=e.find(o=>o.id==="aws");if(!r)throw new Error("Provided re\
gion was not found in the partition array or regex, and default partition with id 'aws' doesn't exist.");return{...r.outputs}},mw=()=>hL});var fw,uf,gw=p(()=>{fw=require("node:stream"),uf=t=>t?.body instanceof fw.Readable||typeof ReadableStream<"u"&&t?.body instanceof ReadableStream});var hw,yw,Ew,xw,Sw,Rw=p(()=>{hw=["BandwidthLimitExceeded","EC2ThrottledException","LimitExceededException","PriorRequestNotComplete","ProvisionedThroughputExcee\
dedException","RequestLimitExceeded","RequestThrottled","RequestThrottledException","SlowDown","ThrottledException","Throttling","ThrottlingException","TooManyR\
equestsException","TransactionInProgressException"],yw=["TimeoutError","RequestTimeout","RequestTimeoutException"],Ew=[500,502,503,504],xw=["ECONNRESET","ECONNR\
EFUSED","EPIPE","ETIMEDOUT"],Sw=["EHOSTUNREACH","ENETUNREACH","ENOTFOUND","EAI_AGAIN"]});function SL(t){return t.code==="ERR_HTTP2_STREAM_ERROR"&&t.message.includes("NGHTTP2_REFUSED_STREAM")}var yL,EL,xL,mc,fc,_w,mf=p(()=>{Rw();yL=t=>t?.$retryable!==
void 0,EL=t=>t.$metadata?.clockSkewCorrected,xL=t=>{let e=new Set(["Failed to fetch","NetworkError when attempting to fetch resource","The Internet connection a\
ppears to be offline","Load failed","Network request failed"]);return t&&t instanceof TypeError?e.has(t.message):!1},mc=t=>t.$metadata?.httpStatusCode===429||hw.
includes(t.name)||t.$retryable?.throttling==!0,fc=(t,e=0)=>t?.name!=="AbortError"&&(yL(t)||EL(t)||t.name==="InvalidSignatureException"&&t.message?.includes("Sig\
nature expired")||yw.includes(t.name)||xw.includes(t?.code||"")||Sw.includes(t?.code||"")||Ew.includes(t.$metadata?.httpStatusCode||0)||xL(t)||SL(t)||t.cause!==
void 0&&e<=10&&fc(t.cause,e+1)),_w=t=>{if(t.$metadata?.httpStatusCode!==void 0){let e=t.$metadata.httpStatusCode;return 500<=e&&e<=599&&!fc(t)}return!1}});var gc,RL,ww,Iw=p(()=>{gc=(t,e)=>{if(!e)return t;let r=()=>{},o=new Promise((n,s)=>{let i=()=>s(RL(e));e.aborted?i():typeof e.addEventListener=="function"?(e.addEventListener(
"abort",i,{once:!0}),r=()=>e.removeEventListener("abort",i)):e.onabort=i});return Promise.race([t,o]).finally(r)},RL=t=>{let e=t.reason;return e instanceof Error?
Object.assign(new Error("Request aborted"),{name:"AbortError",cause:e}):Object.assign(new Error(e?String(e):"Request aborted"),{name:"AbortError"})},ww=t=>typeof t==
"object"&&t!==null&&"name"in t&&t.name==="AbortError"});var Tw,Cw,vw=p(()=>{Tw="amz-sdk-invocation-id",Cw="amz-sdk-request"});function Aw(t,e){if(Ye.isInstance(t))for(let r in t.headers){if(!P(t.headers,r))continue;let o=r.toLowerCase();if(o==="retry-after"){let n=t.headers[r],s=NaN;if(n.
endsWith("GMT"))try{s=(Rs(n).getTime()-Date.now())/1e3}catch(i){e?.trace?.("Failed to parse retry-after header"),e?.trace?.(i)}else n.match(/ GMT, ((\d+)|(\d+\.\d+))$/)?
s=Number(n.match(/ GMT, ([\d.]+)$/)?.[1]):n.match(/^((\d+)|(\d+\.\d+))$/)?s=Number(n):Date.parse(n)>=Date.now()&&(s=(Date.parse(n)-Date.now())/1e3);return isNaN(
s)?void 0:new Date(Date.now()+s*1e3)}else if(o==="x-amz-retry-after"){let n=t.headers[r],s=Number(n);if(isNaN(s)){e?.trace?.(`Failed to parse x-amz-retry-after=${n}`);
return}return new Date(Date.now()+s)}}}var bw=p(()=>{J();F();k()});var Pw,Ow=p(()=>{Pw=t=>t instanceof Error?t:t instanceof Object?Object.assign(new Error,t):typeof t=="string"?new Error(t):new Error(`AWS SDK error wrapper for ${t}`)});function ff(t){return e=>(r,o)=>async n=>{let s=await e.retryStrategy(),i=await e.maxAttempts(),a=o[yr]?.abortSignal;if(_L(s)){s=s;let c=(o.partition_id??"")+(o.
__retryLongPoll?":longpoll":""),l=await gc(s.acquireInitialRetryToken(c),a),d=new Error,u=0,m=0,{request:f}=n,g=j.isInstance(f);for(g&&(f.headers[Tw]=Lm());;)try{
g&&(f.headers[Cw]=`attempt=${u+1}; max=${i}`);let{response:y,output:h}=await r(n);return s.recordSuccess(l),h.$metadata.attempts=u+1,h.$metadata.totalRetryDelay=
m,{response:y,output:h}}catch(y){let h=wL(y,e.logger);if(d=Pw(y),g&&t(f))throw(o.logger instanceof _e?console:o.logger)?.warn("An error was encountered in a non\
-retryable streaming request."),d;try{if(a?.aborted)throw d;l=await gc(s.refreshRetryTokenForRetry(l,h),a)}catch(x){throw x!==d&&a?.aborted&&ww(x)?x:(d.$metadata||
(d.$metadata={}),d.$metadata.attempts=u+1,d.$metadata.totalRetryDelay=m,d)}u=l.getRetryCount();let S=l.getRetryDelay();m+=(l?.$retryLog?.acquisitionDelay??0)+S,
S>0&&await gc(new Promise(x=>setTimeout(x,S)),a)}}else return s=s,s?.mode&&(o.userAgent=[...o.userAgent||[],["cfg/retry-mode",s.mode]]),s.retry(r,n)}}function Nw(t){
let e=ff(t);return r=>({applyToStack:o=>{o.add(e(r),TL)}})}var _L,wL,IL,TL,Dw=p(()=>{T();F();k();br();mf();Iw();vw();bw();Ow();_L=t=>typeof t.acquireInitialRetryToken<
"u"&&typeof t.refreshRetryTokenForRetry<"u"&&typeof t.recordSuccess<"u",wL=(t,e)=>{let r={error:t,errorType:IL(t)},o=Aw(t.$response,e);return o&&(r.retryAfterHint=
o),r},IL=t=>mc(t)?"THROTTLING":fc(t)?"TRANSIENT":_w(t)?"SERVER_ERROR":"CLIENT_ERROR",TL={name:"retryMiddleware",tags:["RETRY"],step:"finalizeRequest",priority:"\
high",override:!0}});var hc,kw=p(()=>{mf();hc=class t{static setTimeoutFn=(e,r)=>setTimeout(e,r);beta;minCapacity;minFillRate;scaleConstant;smooth;enabled=!1;availableTokens=0;lastMaxRate=0;measuredTxRate=0;requestCount=0;fillRate;lastThrottleTime;lastTimestamp=0;lastTxRateBucket;maxCapacity;timeWindow=0;constructor(e){
this.beta=e?.beta??.7,this.minCapacity=e?.minCapacity??1,this.minFillRate=e?.minFillRate??.5,this.scaleConstant=e?.scaleConstant??.4,this.smooth=e?.smooth??.8,this.
lastThrottleTime=this.getCurrentTimeInSeconds(),this.lastTxRateBucket=Math.floor(this.getCurrentTimeInSeconds()),this.fillRate=this.minFillRate,this.maxCapacity=
this.minCapacity}async getSendToken(){return this.acquireTokenBucket(1)}updateClientSendingRate(e){let r;this.updateMeasuredRate();let o=e;if(o?.errorType==="TH\
ROTTLING"||mc(o?.error??e)){let i=this.enabled?Math.min(this.measuredTxRate,this.fillRate):this.measuredTxRate;this.lastMaxRate=i,this.calculateTimeWindow(),this.
lastThrottleTime=this.getCurrentTimeInSeconds(),r=this.cubicThrottle(i),this.enableTokenBucket()}else this.calculateTimeWindow(),r=this.cubicSuccess(this.getCurrentTimeInSeconds());
let s=Math.min(r,2*this.measuredTxRate);this.updateTokenBucketRate(s)}getCurrentTimeInSeconds(){return Date.now()/1e3}async acquireTokenBucket(e){if(this.enabled){
for(this.refillTokenBucket();e>this.availableTokens;){let r=(e-this.availableTokens)/this.fillRate*1e3;await new Promise(o=>t.setTimeoutFn(o,r)),this.refillTokenBucket()}
this.availableTokens=this.availableTokens-e}}refillTokenBucket(){let e=this.getCurrentTimeInSeconds();if(!this.lastTimestamp){this.lastTimestamp=e;return}let r=(e-
this.lastTimestamp)*this.fillRate;this.availableTokens=Math.min(this.maxCapacity,this.availableTokens+r),this.lastTimestamp=e}calculateTimeWindow(){this.timeWindow=
this.getPrecise(Math.pow(this.lastMaxRate*(1-this.beta)/this.scaleConstant,1/3))}cubicThrottle(e){return this.getPrecise(e*this.beta)}cubicSuccess(e){return this.
getPrecise(this.scaleConstant*Math.pow(e-this.lastThrottleTime-this.timeWindow,3)+this.lastMaxRate)}enableTokenBucket(){this.enabled=!0}updateTokenBucketRate(e){
this.refillTokenBucket(),this.fillRate=Math.max(e,this.minFillRate),this.maxCapacity=Math.max(e,this.minCapacity),this.availableTokens=Math.min(this.availableTokens,
this.maxCapacity)}updateMeasuredRate(){let e=this.getCurrentTimeInSeconds(),r=Math.floor(e*2)/2;if(this.requestCount++,r>this.lastTxRateBucket){let o=this.requestCount/
(r-this.lastTxRateBucket);this.measuredTxRate=this.getPrecise(o*this.smooth+this.measuredTxRate*(1-this.smooth)),this.requestCount=0,this.lastTxRateBucket=r}}getPrecise(e){
return parseFloat(e.toFixed(8))}}});var Wt,yc=p(()=>{Wt=class{static v2026=!0;static delay(){return 50}static throttlingDelay(){return 1e3}static cost(){return 14}static throttlingCost(){return 5}static modifiedCostType(){
return"THROTTLING"}}});var Ec,$w=p(()=>{yc();Ec=class{x=Wt.delay();computeNextBackoffDelay(e){let n=Math.random()*Math.min(this.x*2**e,2e4);return Math.floor(n)}setDelayBase(e){this.x=
e}}});var Ws,Lw=p(()=>{Ws=class{delay;count;cost;longPoll;$retryLog={acquisitionDelay:0};constructor(e,r,o,n){this.delay=e,this.count=r,this.cost=o,this.longPoll=n}getRetryCount(){
return this.count}getRetryDelay(){return Math.min(2e4,this.delay)}getRetryCost(){return this.cost}isLongPoll(){return this.longPoll}}});var Kt,ao,at,Ks=p(()=>{(function(t){t.STANDARD="standard",t.ADAPTIVE="adaptive"})(Kt||(Kt={}));ao=3,at=Kt.STANDARD});var xc,Yo,gf=p(()=>{$w();Lw();Ks();yc();xc={incompatible:1,attempts:2,capacity:3},Yo=class{mode=Kt.STANDARD;retryBackoffStrategy;capacity=500;maxAttemptsProvider;baseDelay;constructor(e){
typeof e=="number"?this.maxAttemptsProvider=async()=>e:typeof e=="function"?this.maxAttemptsProvider=e:e&&typeof e=="object"&&(this.maxAttemptsProvider=async()=>e.
maxAttempts,this.baseDelay=e.baseDelay,this.retryBackoffStrategy=e.backoff),this.maxAttemptsProvider??=async()=>ao,this.baseDelay??=Wt.delay(),this.retryBackoffStrategy??=
new Ec}async acquireInitialRetryToken(e){return new Ws(Wt.delay(),0,void 0,e.includes(":longpoll"))}async refreshRetryTokenForRetry(e,r){let o=await this.getMaxAttempts(),
n=this.retryCode(e,r,o),s=n===0,i=e.isLongPoll?.();if(s||i){let a=r.errorType;this.retryBackoffStrategy.setDelayBase(a==="THROTTLING"?Wt.throttlingDelay():this.
baseDelay);let c=this.retryBackoffStrategy.computeNextBackoffDelay(e.getRetryCount()),l=c;if(r.retryAfterHint instanceof Date&&(l=Math.max(c,Math.min(r.retryAfterHint.
getTime()-Date.now(),c+5e3))),s){let d=this.getCapacityCost(a);this.capacity-=d;let u=new Ws(0,e.getRetryCount()+1,d,e.isLongPoll?.()??!1);return await new Promise(
m=>setTimeout(m,l)),u.$retryLog.acquisitionDelay=l,u}else{let d=n===xc.capacity&&i?l:0;d>0&&await new Promise(u=>setTimeout(u,d))}}throw new Error("No retry tok\
en available")}recordSuccess(e){this.capacity=Math.min(500,this.capacity+(e.getRetryCost()??1))}getCapacity(){return this.capacity}async maxAttempts(){return this.
maxAttemptsProvider()}async getMaxAttempts(){try{return await this.maxAttemptsProvider()}catch{return console.warn(`Max attempts provider could not resolve. Usi\
ng default of ${ao}`),ao}}retryCode(e,r,o){let n=e.getRetryCount()+1,s=this.isRetryableError(r.errorType)?0:xc.incompatible,i=n<o?0:xc.attempts,a=this.capacity>=
this.getCapacityCost(r.errorType)?0:xc.capacity;return s||i||a}getCapacityCost(e){return e===Wt.modifiedCostType()?Wt.throttlingCost():Wt.cost()}isRetryableError(e){
return e==="THROTTLING"||e==="TRANSIENT"}}});var Sc,Uw=p(()=>{kw();gf();Ks();Sc=class{mode=Kt.ADAPTIVE;rateLimiter;standardRetryStrategy;constructor(e,r){let{rateLimiter:o}=r??{};this.rateLimiter=o??new hc,
this.standardRetryStrategy=r?new Yo({maxAttempts:typeof e=="number"?e:3,...r}):new Yo(e)}async acquireInitialRetryToken(e){let r=await this.standardRetryStrategy.
acquireInitialRetryToken(e);return await this.rateLimiter.getSendToken(),r}async refreshRetryTokenForRetry(e,r){this.rateLimiter.updateClientSendingRate(r);let o=await this.
standardRetryStrategy.refreshRetryTokenForRetry(e,r);return await this.rateLimiter.getSendToken(),o}recordSuccess(e){this.rateLimiter.updateClientSendingRate({}),
this.standardRetryStrategy.recordSuccess(e)}async maxAttemptsProvider(){return this.standardRetryStrategy.maxAttempts()}}});var hf,yf,Jt,Yt,Fw,Mw,Xt,Bw=p(()=>{T();Uw();gf();Ks();yc();hf="AWS_MAX_ATTEMPTS",yf="max_attempts",Jt={environmentVariableSelector:t=>{let e=t[hf];if(!e)return;
let r=parseInt(e);if(Number.isNaN(r))throw new Error(`Environment variable ${hf} mast be a number, got "${e}"`);return r},configFileSelector:t=>{let e=t[yf];if(!e)
return;let r=parseInt(e);if(Number.isNaN(r))throw new Error(`Shared config file entry ${yf} mast be a number, got "${e}"`);return r},default:ao},Yt=(t,e)=>{let{
retryStrategy:r,retryMode:o}=t,{defaultMaxAttempts:n=ao,defaultBaseDelay:s=Wt.delay()}=e??{},i=q(t.maxAttempts??n),a=r?Promise.resolve(r):void 0,c=async()=>{let l=await i();
return await q(o)()===Kt.ADAPTIVE?new Sc(i,{maxAttempts:l,baseDelay:s}):new Yo({maxAttempts:l,baseDelay:s})};return Object.assign(t,{maxAttempts:i,retryStrategy:()=>a??=
c()})},Fw="AWS_RETRY_MODE",Mw="retry_mode",Xt={environmentVariableSelector:t=>t[Fw],configFileSelector:t=>t[Mw],default:at}});var Dee,pr,mt=p(()=>{gw();Dw();Ks();Bw();Dee=ff(uf),pr=Nw(uf)});async function Hw(t,e,r){if(r.request?.headers?.["smithy-protocol"]==="rpc-v2-cbor"&&vr(t,"PROTOCOL_RPC_V2_CBOR","M"),typeof e.retryStrategy=="function"){let s=await e.
retryStrategy();if(typeof s.mode=="string")switch(s.mode){case Kt.ADAPTIVE:vr(t,"RETRY_MODE_ADAPTIVE","F");break;case Kt.STANDARD:vr(t,"RETRY_MODE_STANDARD","E");
break}}if(typeof e.accountIdEndpointMode=="function"){let s=t.endpointV2;switch(String(s?.url?.hostname).match(AL)&&vr(t,"ACCOUNT_ID_ENDPOINT","O"),await e.accountIdEndpointMode?.()){case"\
disabled":vr(t,"ACCOUNT_ID_MODE_DISABLED","Q");break;case"preferred":vr(t,"ACCOUNT_ID_MODE_PREFERRED","P");break;case"required":vr(t,"ACCOUNT_ID_MODE_REQUIRED",
"R");break}}let n=t.__smithy_context?.selectedHttpAuthScheme?.identity;if(n?.$source){let s=n;s.accountId&&vr(t,"RESOLVED_ACCOUNT_ID","T");for(let[i,a]of Object.
entries(s.$source??{}))vr(t,i,a)}}var AL,jw=p(()=>{mt();hE();AL=/\d{12}\.ddb/});var Ef,Rc,Gw,zw,Vw=p(()=>{Ef="user-agent",Rc="x-amz-user-agent",Gw=/[^!$%&'*+\-.^_`|~\w]/g,zw=/[^!$%&'*+\-.^_`|~\w#]/g});function qw(t){let e="";for(let r in t){let o=t[r];if(e.length+o.length+1<=1024){e.length?e+=","+o:e+=o;continue}break}return e}var Ww=p(()=>{});var Yw,_c,Xw,Qt,Qw=p(()=>{F();df();jw();Vw();Ww();Yw=t=>(e,r)=>async o=>{let{request:n}=o;if(!j.isInstance(n))return e(o);let{headers:s}=n,i=r?.userAgent?.map(_c)||
[],a=(await t.defaultUserAgentProvider()).map(_c);await Hw(r,t,o);let c=r;a.push(`m/${qw(Object.assign({},r.__smithy_context?.features,c.__aws_sdk_context?.features))}`);
let l=t?.customUserAgent?.map(_c)||[],d=await t.userAgentAppId();d&&a.push(_c(["app",`${d}`]));let u=mw(),m=(u?[u]:[]).concat([...a,...i,...l]).join(" "),f=[...a.
filter(g=>g.startsWith("aws-sdk-")),...l].join(" ");return t.runtime!=="browser"?(f&&(s[Rc]=s[Rc]?`${s[Ef]} ${f}`:f),s[Ef]=m):s[Rc]=m,e({...o,request:n})},_c=t=>{
let e=t[0].split("/").map(i=>i.replace(Gw,"-")).join("/"),r=t[1]?.replace(zw,"-"),o=e.indexOf("/"),n=e.substring(0,o),s=e.substring(o+1);return n==="api"&&(s=s.
toLowerCase()),[n,s,r].filter(i=>i&&i.length>0).reduce((i,a,c)=>{switch(c){case 0:return a;case 1:return`${i}/${a}`;default:return`${i}#${a}`}},"")},Xw={name:"g\
etUserAgentMiddleware",step:"build",priority:"low",tags:["SET_USER_AGENT","USER_AGENT"],override:!0},Qt=t=>({applyToStack:e=>{e.add(Yw(t),Xw)}})});var wc,Zw,eI=p(()=>{wc=require("node:process"),Zw=()=>{let t=["deno","bun","llrt"];for(let e of t)if(wc.versions[e])return[`md/${e}`,wc.versions[e]];return["md/\
nodejs",wc.versions.node]}});var Sf,tI=p(()=>{Sf={isCrtAvailable:!1}});var rI,oI=p(()=>{tI();rI=()=>Sf.isCrtAvailable?["md/crt-avail"]:null});var Ic,Rf,Zt,nI=p(()=>{Ic=require("node:os"),Rf=require("node:process");eI();oI();Zt=({serviceId:t,clientVersion:e})=>{let r=Zw();return async o=>{let n=[["aws-\
sdk-js",e],["ua","2.1"],[`os/${(0,Ic.platform)()}`,(0,Ic.release)()],["lang/js"],r],s=rI();s&&n.push(s),t&&n.push([`api/${t}`,e]),Rf.env.AWS_EXECUTION_ENV&&n.push(
[`exec-env/${Rf.env.AWS_EXECUTION_ENV}`]);let i=await o?.userAgentAppId?.();return i?[...n,[`app/${i}`]]:[...n]}}});var sI,iI,bL,er,aI=p(()=>{lf();sI="AWS_SDK_UA_APP_ID",iI="sdk_ua_app_id",bL="sdk-ua-app-id",er={environmentVariableSelector:t=>t[sI],configFileSelector:t=>t[iI]??
t[bL],default:uc}});var cI=p(()=>{W()});var _f,pI=p(()=>{W();cI();_f=(t,e=!1)=>{if(e){for(let r of t.split("."))if(!_f(r))return!1;return!0}return!(!Pr(t)||t.length<3||t.length>63||t!==t.toLowerCase()||
Dn(t))}});var lI,dI=p(()=>{lI=t=>{let e=t.split(":");if(e.length<6)return null;let[r,o,n,s,i,...a]=e;if(r!=="arn"||o===""||n===""||a.join(":")==="")return null;let c=a.map(
l=>l.split("/")).flat();return{partition:o,service:n,region:s,accountId:i,resourceId:c}}});var ft,uI=p(()=>{W();pI();dI();df();ft={isVirtualHostableS3Bucket:_f,parseArn:lI,partition:uw};Pe.aws=ft});function wf(t={}){return _({...be,async default(){return mI.silence||console.warn("@aws-sdk - WARN - default STS region of us-east-1 used. See @aws-sdk/credenti\
al-providers README and set a region explicitly."),"us-east-1"}},{...rt,...t})}var mI,fI=p(()=>{$();mI={silence:!1}});var tr,rr,gI=p(()=>{tr=t=>({setRegion(e){t.region=e},region(){return t.region}}),rr=t=>({region:t.region()})});var M=p(()=>{fE();gE();yE();L_();M_();J_();lf();Qw();nI();aI();uI();fI();gI()});var Tc,Cc,hI=p(()=>{F();Tc=t=>Ye.isInstance(t)?t.headers?.date??t.headers?.Date:void 0,Cc=t=>Ye.isInstance(t)?t.headers?.age??t.headers?.Age:void 0});var Js,yI=p(()=>{Js=t=>new Date(Date.now()+t)});var vc,EI=p(()=>{vc=(t,e,r,o)=>{if(o!==void 0)return e;let n=Date.parse(t);if(Number.isNaN(n))return e;let s=Date.now();return r!==void 0&&s-r>9e5?e:n-s}});var If=p(()=>{hI();yI();EI()});var Ys,PL,Xs,ge,Tf=p(()=>{F();br();If();Ys=(t,e)=>{if(!e)throw new Error(`Property \`${t}\` is not resolved for AWS SDK SigV4Auth`);return e},PL=t=>t.context?.[yr]?.
eventStream?.output===!0,Xs=async t=>{let e=Ys("context",t.context),r=Ys("config",t.config),o=e.endpointV2?.properties?.authSchemes?.[0],s=await Ys("signer",r.signer)(
o),i=t?.signingRegion,a=t?.signingRegionSet,c=t?.signingName;return{config:r,signer:s,signingRegion:i,signingRegionSet:a,signingName:c}},ge=class{async sign(e,r,o){
if(!j.isInstance(e))throw new Error("The request is not an instance of `HttpRequest` and cannot be signed");let n=await Xs(o),{config:s,signer:i}=n,{signingRegion:a,
signingName:c}=n,l=o.context;if(l?.authSchemes?.length??!1){let[f,g]=l.authSchemes;f?.name==="sigv4a"&&g?.name==="sigv4"&&(a=g?.signingRegion??a,c=g?.signingName??
c)}let d=await s.disableClockSkewCorrection?.()===!0;o._disableClockSkewCorrection=d;let u=d||PL(o);return o._skipClockSkewSampling=u,u||(o._preRequestSystemClockOffset=
s.systemClockOffset,o._requestSentAt=Date.now()),await i.sign(e,{signingDate:d?new Date:Js(s.systemClockOffset),signingRegion:a,signingService:c})}errorHandler(e){
return r=>{let o=r;if(!e._skipClockSkewSampling&&!e._disableClockSkewCorrection){let n=o.ServerTime??Tc(o.$response);if(n){let s=Ys("config",e.config),i=e._preRequestSystemClockOffset,
a=e._requestSentAt,c=Cc(o.$response),l=vc(n,s.systemClockOffset,a,c);s.systemClockOffset=l,Math.abs(l)>=24e4&&(l!==i||i!==void 0&&i!==l)&&o.$metadata&&(o.$metadata.
clockSkewCorrected=!0)}}throw r}}successHandler(e,r){if(r._skipClockSkewSampling||r._disableClockSkewCorrection)return;let o=Tc(e);if(o){let n=Ys("config",r.config),
s=r._requestSentAt,i=Cc(e);n.systemClockOffset=vc(o,n.systemClockOffset,s,i)}}}});var co,xI=p(()=>{F();If();Tf();co=class extends ge{async sign(e,r,o){if(!j.isInstance(e))throw new Error("The request is not an instance of `HttpRequest` and ca\
nnot be signed");let{config:n,signer:s,signingRegion:i,signingRegionSet:a,signingName:c}=await Xs(o),d=(await n.sigv4aSigningRegionSet?.()??a??[i]).join(","),u=await n.
disableClockSkewCorrection?.()===!0;return o._disableClockSkewCorrection=u,u||(o._preRequestSystemClockOffset=n.systemClockOffset,o._requestSentAt=Date.now()),await s.
sign(e,{signingDate:u?new Date:Js(n.systemClockOffset),signingRegion:d,signingService:c})}}});var Cf,SI=p(()=>{Cf=t=>typeof t=="string"&&t.length>0?t.split(",").map(e=>e.trim()):[]});var RI,_I=p(()=>{RI=t=>`AWS_BEARER_TOKEN_${t.replace(/[\s-]/g,"_").toUpperCase()}`});var wI,II,gt,TI=p(()=>{SI();_I();wI="AWS_AUTH_SCHEME_PREFERENCE",II="auth_scheme_preference",gt={environmentVariableSelector:(t,e)=>{if(e?.signingName&&RI(e.signingName)in
t)return["httpBearerAuth"];if(wI in t)return Cf(t[wI])},configFileSelector:t=>{if(II in t)return Cf(t[II])},default:[]}});var Ac,bc,CI=p(()=>{it();$();Ac=t=>(t.sigv4aSigningRegionSet=Sr(t.sigv4aSigningRegionSet),t),bc={environmentVariableSelector(t){if(t.AWS_SIGV4A_SIGNING_REGION_SET)
return t.AWS_SIGV4A_SIGNING_REGION_SET.split(",").map(e=>e.trim());throw new je("AWS_SIGV4A_SIGNING_REGION_SET not set in env.",{tryNextLink:!0})},configFileSelector(t){
if(t.sigv4a_signing_region_set)return(t.sigv4a_signing_region_set??"").split(",").map(e=>e.trim());throw new je("sigv4a_signing_region_set not set in profile.",
{tryNextLink:!0})},default:void 0}});function AI(t){for(let e=0;e<8;e++)t[e]^=255;for(let e=7;e>-1&&(t[e]++,t[e]===0);e--);}var Pc,vI,OL,vf,bI=p(()=>{k();k();Pc=class{format(e){let r=[];for(let s in e){
if(!P(e,s))continue;let i=se(s);r.push(Uint8Array.from([i.byteLength]),i,this.formatHeaderValue(e[s]))}let o=new Uint8Array(r.reduce((s,i)=>s+i.byteLength,0)),n=0;
for(let s of r)o.set(s,n),n+=s.byteLength;return o}formatHeaderValue(e){switch(e.type){case"boolean":return Uint8Array.from([e.value?0:1]);case"byte":return Uint8Array.
from([2,e.value]);case"short":let r=new DataView(new ArrayBuffer(3));return r.setUint8(0,3),r.setInt16(1,e.value,!1),new Uint8Array(r.buffer);case"integer":let o=new DataView(
new ArrayBuffer(5));return o.setUint8(0,4),o.setInt32(1,e.value,!1),new Uint8Array(o.buffer);case"long":let n=new Uint8Array(9);return n[0]=5,n.set(e.value.bytes,
1),n;case"binary":let s=new DataView(new ArrayBuffer(3+e.value.byteLength));s.setUint8(0,6),s.setUint16(1,e.value.byteLength,!1);let i=new Uint8Array(s.buffer);
return i.set(e.value,3),i;case"string":let a=se(e.value),c=new DataView(new ArrayBuffer(3+a.byteLength));c.setUint8(0,7),c.setUint16(1,a.byteLength,!1);let l=new Uint8Array(
c.buffer);return l.set(a,3),l;case"timestamp":let d=new Uint8Array(9);return d[0]=8,d.set(vf.fromNumber(e.value.valueOf()).bytes,1),d;case"uuid":if(!OL.test(e.value))
throw new Error(`Invalid UUID received: ${e.value}`);let u=new Uint8Array(17);return u[0]=9,u.set(Ou(e.value.replace(/-/g,"")),1),u}}};(function(t){t[t.boolTrue=
0]="boolTrue",t[t.boolFalse=1]="boolFalse",t[t.byte=2]="byte",t[t.short=3]="short",t[t.integer=4]="integer",t[t.long=5]="long",t[t.byteArray=6]="byteArray",t[t.
string=7]="string",t[t.timestamp=8]="timestamp",t[t.uuid=9]="uuid"})(vI||(vI={}));OL=/^[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}$/,vf=class t{bytes;constructor(e){
if(this.bytes=e,e.byteLength!==8)throw new Error("Int64 buffers must be exactly 8 bytes")}static fromNumber(e){if(e>9223372036854776e3||e<-9223372036854776e3)throw new Error(
`${e} is too large (or, if negative, too small) to represent as an Int64`);let r=new Uint8Array(8);for(let o=7,n=Math.abs(Math.round(e));o>-1&&n>0;o--,n/=256)r[o]=
n;return e<0&&AI(r),new t(r)}valueOf(){let e=this.bytes.slice(0),r=e[0]&128;return r&&AI(e),parseInt(Qe(e),16)*(r?-1:1)}toString(){return String(this.valueOf())}}});var PI,OI,Af,NI,DI,bf,Pf,Of,Nf,NL,kI,$I,Qs,LI,UI,FI,MI,Oc,BI,HI,jI,Df,GI,Xo=p(()=>{PI="X-Amz-Algorithm",OI="X-Amz-Credential",Af="X-Amz-Date",NI="X-Amz-SignedHe\
aders",DI="X-Amz-Expires",bf="X-Amz-Signature",Pf="X-Amz-Security-Token",Of="authorization",Nf=Af.toLowerCase(),NL="date",kI=[Of,Nf,NL],$I=bf.toLowerCase(),Qs="\
x-amz-content-sha256",LI=Pf.toLowerCase(),UI={authorization:!0,"cache-control":!0,connection:!0,expect:!0,from:!0,"keep-alive":!0,"max-forwards":!0,pragma:!0,referer:!0,
te:!0,trailer:!0,"transfer-encoding":!0,upgrade:!0,"user-agent":!0,"x-amzn-trace-id":!0},FI=/^proxy-/,MI=/^sec-/,Oc="AWS4-HMAC-SHA256",BI="AWS4-HMAC-SHA256-PAYL\
OAD",HI="UNSIGNED-PAYLOAD",jI=50,Df="aws4_request",GI=3600*24*7});var zI,VI=p(()=>{k();F();Xo();zI=({query:t={}})=>{let e=[],r={};for(let o in t){if(!P(t,o)||o.toLowerCase()===$I)continue;let n=xr(o);e.push(n);let s=t[o];typeof s==
"string"?r[n]=`${n}=${xr(s)}`:Array.isArray(s)&&(r[n]=s.slice(0).reduce((i,a)=>i.concat([`${n}=${xr(a)}`]),[]).sort().join("&"))}return e.sort().map(o=>r[o]).filter(
o=>o).join("&")}});var qI,DL,WI=p(()=>{qI=t=>DL(t).toISOString().replace(/\.\d{3}Z$/,"Z"),DL=t=>typeof t=="number"?new Date(t*1e3):typeof t=="string"?Number(t)?new Date(Number(t)*
1e3):new Date(t):t});var Nc,KI=p(()=>{T();F();k();VI();WI();Nc=class{service;regionProvider;credentialProvider;sha256;uriEscapePath;applyChecksum;constructor({applyChecksum:e,credentials:r,
region:o,service:n,sha256:s,uriEscapePath:i=!0}){this.service=n,this.sha256=s,this.uriEscapePath=i,this.applyChecksum=typeof e=="boolean"?e:!0,this.regionProvider=
q(o),this.credentialProvider=q(r)}createCanonicalRequest(e,r,o){let n=Object.keys(r).sort();return`${e.method}
${this.getCanonicalPath(e)}
${zI(e)}
${n.map(s=>`${s}:${r[s]}`).join(`
`)}

${n.join(";")}
${o}`}async createStringToSign(e,r,o,n){let s=new this.sha256;s.update(Ct(o));let i=await s.digest();return`${n}
${e}
${r}
${Qe(i)}`}getCanonicalPath({path:e}){if(this.uriEscapePath){let r=[];for(let s of e.split("/"))s?.length!==0&&s!=="."&&(s===".."?r.pop():r.push(s));let o=`${e?.
startsWith("/")?"/":""}${r.join("/")}${r.length>0&&e?.endsWith("/")?"/":""}`;return xr(o).replace(/%2F/g,"/")}return e}validateResolvedCredentials(e){if(typeof e!=
"object"||typeof e.accessKeyId!="string"||typeof e.secretAccessKey!="string")throw new Error("Resolved credential object is not valid")}formatDate(e){let r=qI(e).
replace(/[-:]/g,"");return{longDate:r,shortDate:r.slice(0,8)}}getCanonicalHeaderList(e){return Object.keys(e).sort().join(";")}}});var Dc,kf,kc,YI,JI,XI=p(()=>{k();Xo();Dc={},kf=[],kc=(t,e,r)=>`${t}/${e}/${r}/${Df}`,YI=async(t,e,r,o,n)=>{let s=await JI(t,e.secretAccessKey,e.accessKeyId),i=`${r}\
:${o}:${n}:${Qe(s)}:${e.sessionToken}`;if(i in Dc)return Dc[i];for(kf.push(i);kf.length>jI;)delete Dc[kf.shift()];let a=`AWS4${e.secretAccessKey}`;for(let c of[
r,o,n,Df])a=await JI(t,a,c);return Dc[i]=a},JI=(t,e,r)=>{let o=new t(e);return o.update(Ct(r)),o.digest()}});var $f,QI=p(()=>{k();Xo();$f=({headers:t},e,r)=>{let o={};for(let n of Object.keys(t).sort()){if(t[n]==null)continue;let s=n.toLowerCase();(P(UI,s)||e?.has(s)||
FI.test(s)||MI.test(s))&&(!r||r&&!r.has(s))||(s==="__proto__"&&zr(o),o[s]=t[n].replace(/[\r\n]/g," ").replace(/[ \t]+/g," ").replace(/^ | $/g,""))}return o}});var $c,ZI=p(()=>{k();k();Xo();$c=async({headers:t,body:e},r)=>{for(let o in t)if(P(t,o)&&o.toLowerCase()===Qs)return t[o];if(e==null)return"e3b0c44298fc1c149afb\
f4c8996fb92427ae41e4649b934ca495991b7852b855";if(typeof e=="string"||ArrayBuffer.isView(e)||xs(e)){let o=new r;return o.update(Ct(e)),Qe(await o.digest())}return HI}});var e0,t0=p(()=>{k();e0=(t,e)=>{t=t.toLowerCase();for(let r in e)if(P(e,r)&&t===r.toLowerCase())return!0;return!1}});var r0,o0=p(()=>{k();F();r0=(t,e={})=>{let{headers:r,query:o={}}=j.clone(t);for(let n in r){if(!P(r,n))continue;let s=n.toLowerCase();(s.slice(0,6)==="x-amz-"&&
!e.unhoistableHeaders?.has(s)||e.hoistableHeaders?.has(s))&&(o[n]=r[n],delete r[n])}return{...t,headers:r,query:o}}});var Lf,n0=p(()=>{k();F();Xo();Lf=t=>{t=j.clone(t);for(let e in t.headers)P(t.headers,e)&&kI.indexOf(e.toLowerCase())>-1&&delete t.headers[e];return t}});var po,s0=p(()=>{k();bI();KI();Xo();XI();QI();ZI();t0();o0();n0();po=class extends Nc{headerFormatter=new Pc;constructor({applyChecksum:e,credentials:r,region:o,
service:n,sha256:s,uriEscapePath:i=!0}){super({applyChecksum:e,credentials:r,region:o,service:n,sha256:s,uriEscapePath:i})}async presign(e,r={}){let{signingDate:o=new Date,
expiresIn:n=3600,unsignableHeaders:s,unhoistableHeaders:i,signableHeaders:a,hoistableHeaders:c,signingRegion:l,signingService:d}=r,u=await this.credentialProvider();
this.validateResolvedCredentials(u);let m=l??await this.regionProvider(),{longDate:f,shortDate:g}=this.formatDate(o);if(n>GI)return Promise.reject("Signature ve\
rsion 4 presigned URLs must have an expiration date less than one week in the future");let y=kc(g,m,d??this.service),h=r0(Lf(e),{unhoistableHeaders:i,hoistableHeaders:c});
u.sessionToken&&(h.query[Pf]=u.sessionToken),h.query[PI]=Oc,h.query[OI]=`${u.accessKeyId}/${y}`,h.query[Af]=f,h.query[DI]=n.toString(10);let S=$f(h,s,a);return h.
query[NI]=this.getCanonicalHeaderList(S),h.query[bf]=await this.getSignature(f,y,this.getSigningKey(u,m,g,d),this.createCanonicalRequest(h,S,await $c(e,this.sha256))),
h}async sign(e,r){return typeof e=="string"?this.signString(e,r):e.headers&&e.payload?this.signEvent(e,r):e.message?this.signMessage(e,r):this.signRequest(e,r)}async signEvent({
headers:e,payload:r},{signingDate:o=new Date,priorSignature:n,signingRegion:s,signingService:i,eventStreamCredentials:a}){let c=s??await this.regionProvider(),{
shortDate:l,longDate:d}=this.formatDate(o),u=kc(l,c,i??this.service),m=await $c({headers:{},body:r},this.sha256),f=new this.sha256;f.update(e);let g=Qe(await f.
digest()),y=[BI,d,u,n,g,m].join(`
`);return this.signString(y,{signingDate:o,signingRegion:c,signingService:i,eventStreamCredentials:a})}async signMessage(e,{signingDate:r=new Date,signingRegion:o,
signingService:n,eventStreamCredentials:s}){return this.signEvent({headers:this.headerFormatter.format(e.message.headers),payload:e.message.body},{signingDate:r,
signingRegion:o,signingService:n,priorSignature:e.priorSignature,eventStreamCredentials:s}).then(a=>({message:e.message,signature:a}))}async signString(e,{signingDate:r=new Date,
signingRegion:o,signingService:n,eventStreamCredentials:s}={}){let i=s??await this.credentialProvider();this.validateResolvedCredentials(i);let a=o??await this.
regionProvider(),{shortDate:c}=this.formatDate(r),l=new this.sha256(await this.getSigningKey(i,a,c,n));return l.update(Ct(e)),Qe(await l.digest())}async signRequest(e,{
signingDate:r=new Date,signableHeaders:o,unsignableHeaders:n,signingRegion:s,signingService:i}={}){let a=await this.credentialProvider();this.validateResolvedCredentials(
a);let c=s??await this.regionProvider(),l=Lf(e),{longDate:d,shortDate:u}=this.formatDate(r),m=kc(u,c,i??this.service);l.headers[Nf]=d,a.sessionToken&&(l.headers[LI]=
a.sessionToken);let f=await $c(l,this.sha256);!e0(Qs,l.headers)&&this.applyChecksum&&(l.headers[Qs]=f);let g=$f(l,n,o),y=await this.getSignature(d,m,this.getSigningKey(
a,c,u,i),this.createCanonicalRequest(l,g,f));return l.headers[Of]=`${Oc} Credential=${a.accessKeyId}/${m}, SignedHeaders=${this.getCanonicalHeaderList(g)}, Sign\
ature=${y}`,l}async getSignature(e,r,o,n){let s=await this.createStringToSign(e,r,n,Oc),i=new this.sha256(await o);return i.update(Ct(s)),Qe(await i.digest())}getSigningKey(e,r,o,n){
return YI(this.sha256,e,o,r,n||this.service)}}});var Lc,i0=p(()=>{Lc={SignatureV4a:null}});var Uc=p(()=>{s0();i0()});function kL(t,{credentials:e,credentialDefaultProvider:r}){let o;return e?e?.memoized?o=e:o=dc(e,lc,qs):r?o=Sr(r(Object.assign({},t,{parentClientConfig:t}))):o=
async()=>{throw new Error("@aws-sdk/core::resolveAwsSdkSigV4Config - `credentials` not provided and no credentialDefaultProvider was configured.")},o.memoized=!0,
o}function $L(t,e){if(e.configBound)return e;let r=async o=>e({...o,callerClientConfig:t});return r.memoized=e.memoized,r.configBound=!0,r}var Uf,a0=p(()=>{M();
it();Uc();Uf=t=>e=>{let r=e.credentials,o=!!e.credentials,n;Object.defineProperty(e,"credentials",{set(d){d&&d!==r&&d!==n&&(o=!0),r=d;let u=kL(e,{credentials:r,
credentialDefaultProvider:e.credentialDefaultProvider}),m=$L(e,u);if(o&&!m.attributed){let f=typeof r=="object"&&r!==null;n=async g=>{let h=await m(g);return f&&
(!h.$source||Object.keys(h.$source).length===0)?B(h,"CREDENTIALS_CODE","e"):h},n.memoized=m.memoized,n.configBound=m.configBound,n.attributed=!0}else n=m},get(){
return n},enumerable:!0,configurable:!0}),e.credentials=r;let{signingEscapePath:s=!0,systemClockOffset:i=e.systemClockOffset||0,sha256:a}=e,c;return e.signer?c=
Sr(e.signer):e.regionInfoProvider?c=()=>Sr(e.region)().then(async d=>[await e.regionInfoProvider(d,{useFipsEndpoint:await e.useFipsEndpoint(),useDualstackEndpoint:await e.
useDualstackEndpoint()})||{},d]).then(([d,u])=>{let{signingRegion:m,signingService:f}=d;e.signingRegion=e.signingRegion||m||u,e.signingName=e.signingName||f||e.
serviceId;let g={...e,credentials:e.credentials,region:e.signingRegion,service:e.signingName,sha256:a,uriEscapePath:s},y=e.signerConstructor||po;return new y(g)}):
c=async d=>{d=Object.assign({},{name:"sigv4",signingName:e.signingName||e.defaultSigningName,signingRegion:await Sr(e.region)(),properties:{}},d);let u=d.signingRegion,
m=d.signingName;e.signingRegion=e.signingRegion||u,e.signingName=e.signingName||m||e.serviceId;let f={...e,credentials:e.credentials,region:e.signingRegion,service:e.
signingName,sha256:a,uriEscapePath:s},g=e.signerConstructor||po;return new g(f)},Object.assign(e,{systemClockOffset:i,signingEscapePath:s,signer:c,disableClockSkewCorrection:Sr(
e.disableClockSkewCorrection??t)})}});var Ff=p(()=>{Tf();xI();TI();CI();a0()});var UL,FL,c0,p0=p(()=>{$();UL="AWS_DISABLE_CLOCK_SKEW_CORRECTION",FL="disable_clock_skew_correction",c0={environmentVariableSelector:t=>At(t,UL,Ze.ENV),configFileSelector:t=>At(
t,FL,Ze.CONFIG),default:!1}});var l0,d0=p(()=>{$();p0();l0=_(c0)});var lr,we=p(()=>{Ff();Ff();d0();lr=Uf(l0)});var Zs,u0=p(()=>{Zs={CrtSignerV4:null}});function f0(t){return{accessKeyId:t.accessKeyId,secretAccessKey:t.secretAccessKey,expiration:t.expiration}}function g0(t,e){let r=t.credentialProvider;t.credentialProvider=
()=>(t.credentialProvider=r,Promise.resolve(e))}var Mf,m0,Fc,h0=p(()=>{Uc();Mf="X-Amz-S3session-Token",m0=Mf.toLowerCase(),Fc=class extends po{async signWithCredentials(e,r,o){
let n=f0(r);e.headers[m0]=r.sessionToken;let s=this;return g0(s,n),s.signRequest(e,o??{})}async presignWithCredentials(e,r,o){let n=f0(r);return delete e.headers[m0],
e.headers[Mf]=r.sessionToken,e.query=e.query??{},e.query[Mf]=r.sessionToken,g0(this,n),this.presign(e,o)}}});var Qo,y0=p(()=>{Uc();u0();h0();Qo=class{sigv4aSigner;sigv4Signer;signerOptions;static sigv4aDependency(){return typeof Zs.CrtSignerV4=="function"?"crt":typeof Lc.
SignatureV4a=="function"?"js":"none"}constructor(e){this.sigv4Signer=new Fc(e),this.signerOptions=e}async sign(e,r={}){return r.signingRegion==="*"?this.getSigv4aSigner().
sign(e,r):this.sigv4Signer.sign(e,r)}async signWithCredentials(e,r,o={}){if(o.signingRegion==="*"){let n=this.getSigv4aSigner(),s=Zs.CrtSignerV4;if(s&&n instanceof
s)return n.signWithCredentials(e,r,o);throw new Error(`signWithCredentials with signingRegion '*' is only supported when using the CRT dependency @aws-sdk/signa\
ture-v4-crt. Please check whether you have installed the "@aws-sdk/signature-v4-crt" package explicitly. You must also register the package by calling [require(\
"@aws-sdk/signature-v4-crt");] or an ESM equivalent such as [import "@aws-sdk/signature-v4-crt";]. For more information please go to https://github.com/aws/aws-\
sdk-js-v3#functionality-requiring-aws-common-runtime-crt`)}return this.sigv4Signer.signWithCredentials(e,r,o)}async presign(e,r={}){if(r.signingRegion==="*"){let o=this.
getSigv4aSigner(),n=Zs.CrtSignerV4;if(n&&o instanceof n)return o.presign(e,r);throw new Error(`presign with signingRegion '*' is only supported when using the C\
RT dependency @aws-sdk/signature-v4-crt. Please check whether you have installed the "@aws-sdk/signature-v4-crt" package explicitly. You must also register the \
package by calling [require("@aws-sdk/signature-v4-crt");] or an ESM equivalent such as [import "@aws-sdk/signature-v4-crt";]. For more information please go to\
 https://github.com/aws/aws-sdk-js-v3#functionality-requiring-aws-common-runtime-crt`)}return this.sigv4Signer.presign(e,r)}async presignWithCredentials(e,r,o={}){
if(o.signingRegion==="*")throw new Error("Method presignWithCredentials is not supported for [signingRegion=*].");return this.sigv4Signer.presignWithCredentials(
e,r,o)}getSigv4aSigner(){if(!this.sigv4aSigner){let e=Zs.CrtSignerV4,r=Lc.SignatureV4a;if(this.signerOptions.runtime==="node"){if(!e&&!r)throw new Error("Neithe\
r CRT nor JS SigV4a implementation is available. Please load either @aws-sdk/signature-v4-crt or @aws-sdk/signature-v4a. For more information please go to https\
://github.com/aws/aws-sdk-js-v3#functionality-requiring-aws-common-runtime-crt");if(e&&typeof e=="function")this.sigv4aSigner=new e({...this.signerOptions,signingAlgorithm:1});else if(r&&
typeof r=="function")this.sigv4aSigner=new r({...this.signerOptions});else throw new Error("Available SigV4a implementation is not a valid constructor. Please e\
nsure you've properly imported @aws-sdk/signature-v4-crt or @aws-sdk/signature-v4a.For more information please go to https://github.com/aws/aws-sdk-js-v3#functi\
onality-requiring-aws-common-runtime-crt")}else{if(!r||typeof r!="function")throw new Error("JS SigV4a implementation is not available or not a valid constructo\
r. Please check whether you have installed the @aws-sdk/signature-v4a package explicitly. The CRT implementation is not available for browsers. You must also re\
gister the package by calling [require('@aws-sdk/signature-v4a');] or an ESM equivalent such as [import '@aws-sdk/signature-v4a';]. For more information please \
go to https://github.com/aws/aws-sdk-js-v3#using-javascript-non-crt-implementation-of-sigv4a");this.sigv4aSigner=new r({...this.signerOptions})}}return this.sigv4aSigner}}});var Bf=p(()=>{y0()});var Hn,Zo,ei,E0,C0,ti,Ne,Hf,x0,S0,R0,_0,w0,De,jf,Bn,I0,T0,ML,V,BL,v0,A0=p(()=>{W();Hn="ref",Zo=-1,ei=!0,E0="isSet",C0="PartitionResult",ti="booleanEquals",Ne="s\
tringEquals",Hf="getAttr",x0="us-east-1",S0="sigv4",R0="sts",_0="https://sts.{Region}.{PartitionResult#dnsSuffix}",w0={[Hn]:"Endpoint"},De={[Hn]:"Region"},jf={[Hn]:C0},
Bn={},I0=[De],T0={conditions:[[E0,[w0]],[E0,I0],["aws.partition",I0,C0],[ti,[{[Hn]:"UseFIPS"},ei]],[ti,[{[Hn]:"UseDualStack"},ei]],[Ne,[De,"aws-global"]],[ti,[{
[Hn]:"UseGlobalEndpoint"},ei]],[Ne,[De,"eu-central-1"]],[ti,[{fn:Hf,argv:[jf,"supportsDualStack"]},ei]],[ti,[{fn:Hf,argv:[jf,"supportsFIPS"]},ei]],[Ne,[De,"ap-s\
outh-1"]],[Ne,[De,"eu-north-1"]],[Ne,[De,"eu-west-1"]],[Ne,[De,"eu-west-2"]],[Ne,[De,"eu-west-3"]],[Ne,[De,"sa-east-1"]],[Ne,[De,x0]],[Ne,[De,"us-east-2"]],[Ne,
[De,"us-west-2"]],[Ne,[De,"us-west-1"]],[Ne,[De,"ca-central-1"]],[Ne,[De,"ap-southeast-1"]],[Ne,[De,"ap-northeast-1"]],[Ne,[De,"ap-southeast-2"]],[Ne,[{fn:Hf,argv:[
jf,"name"]},"aws-us-gov"]]],results:[[Zo],["https://sts.amazonaws.com",{authSchemes:[{name:S0,signingName:R0,signingRegion:x0}]}],[_0,{authSchemes:[{name:S0,signingName:R0,
signingRegion:"{Region}"}]}],[Zo,"Invalid Configuration: FIPS and custom endpoint are not supported"],[Zo,"Invalid Configuration: Dualstack and custom endpoint \
are not supported"],[w0,Bn],["https://sts-fips.{Region}.{PartitionResult#dualStackDnsSuffix}",Bn],[Zo,"FIPS and DualStack are enabled, but this partition does n\
ot support one or both"],["https://sts.{Region}.amazonaws.com",Bn],["https://sts-fips.{Region}.{PartitionResult#dnsSuffix}",Bn],[Zo,"FIPS is enabled but this pa\
rtition does not support FIPS"],["https://sts.{Region}.{PartitionResult#dualStackDnsSuffix}",Bn],[Zo,"DualStack is enabled but this partition does not support D\
ualStack"],[_0,Bn],[Zo,"Invalid Configuration: Missing Region"]]},ML=2,V=1e8,BL=new Int32Array([-1,1,-1,0,30,3,1,4,V+14,2,5,V+14,3,25,6,4,24,7,5,V+1,8,6,9,V+13,
7,V+1,10,10,V+1,11,11,V+1,12,12,V+1,13,13,V+1,14,14,V+1,15,15,V+1,16,16,V+1,17,17,V+1,18,18,V+1,19,19,V+1,20,20,V+1,21,21,V+1,22,22,V+1,23,23,V+1,V+2,8,V+11,V+12,
4,28,26,9,27,V+10,24,V+8,V+9,8,29,V+7,9,V+6,V+7,3,V+3,31,4,V+4,V+5]),v0=ot.from(BL,ML,T0.conditions,T0.results)});var HL,Mc,Gf=p(()=>{M();W();A0();HL=new nt({size:50,params:["Endpoint","Region","UseDualStack","UseFIPS","UseGlobalEndpoint"]}),Mc=(t,e={})=>HL.get(t,()=>Mt(v0,
{endpointParams:t,logger:e.logger}));Pe.aws=ft});function P0(t){return{schemeId:"aws.auth#sigv4",signingProperties:{name:"sts",region:t.region},propertiesExtractor:(e,r)=>({signingProperties:{config:e,context:r}})}}
function zf(t){return{schemeId:"aws.auth#sigv4a",signingProperties:{name:"sts",region:t.region},propertiesExtractor:(e,r)=>({signingProperties:{config:e,context:r}})}}
function O0(t){return{schemeId:"smithy.api#noAuth"}}var jL,GL,b0,zL,VL,N0,D0,Vf=p(()=>{we();Bf();T();W();Gf();jL=t=>async(e,r,o)=>{if(!o)throw new Error("Could \
not find `input` for `defaultEndpointRuleSetHttpAuthSchemeParametersProvider`");let n=await t(e,r,o),s=ee(r)?.commandInstance?.constructor?.getEndpointParameterInstructions;
if(!s)throw new Error(`getEndpointParameterInstructions() is not defined on '${r.commandName}'`);let i=await Ma(o,{getEndpointParameterInstructions:s},e);return Object.
assign(n,i)},GL=async(t,e,r)=>({operation:ee(e).operation,region:await q(t.region)()||(()=>{throw new Error("expected `region` to be configured for `aws.auth#si\
gv4`")})()}),b0=jL(GL);zL=(t,e,r)=>n=>{let i=t(n).properties?.authSchemes;if(!i)return e(n);let a=[];for(let c of i){let{name:l,properties:d={},...u}=c,m=l.toLowerCase();
l!==m&&console.warn(`HttpAuthScheme has been normalized with lowercasing: '${l}' to '${m}'`);let f;if(m==="sigv4a"){f="aws.auth#sigv4a";let h=i.find(S=>{let x=S.
name.toLowerCase();return x!=="sigv4a"&&x.startsWith("sigv4")});if(Qo.sigv4aDependency()==="none"&&h)continue}else if(m.startsWith("sigv4"))f="aws.auth#sigv4";else
throw new Error(`Unknown HttpAuthScheme found in '@smithy.rules#endpointRuleSet': '${m}'`);let g=r[f];if(!g)throw new Error(`Could not find HttpAuthOption creat\
e function for '${f}'`);let y=g(n);y.schemeId=f,y.signingProperties={...y.signingProperties||{},...u,...d},a.push(y)}return a},VL=t=>{let e=[];return t.operation===
"AssumeRoleWithWebIdentity"?(e.push(O0(t)),e.push(zf(t))):(e.push(P0(t)),e.push(zf(t))),e},N0=zL(Mc,VL,{"aws.auth#sigv4":P0,"aws.auth#sigv4a":zf,"smithy.api#noA\
uth":O0}),D0=t=>{let e=lr(t),r=Ac(e);return Object.assign(r,{authSchemePreference:q(t.authSchemePreference??[])})}});var k0,$0,qf=p(()=>{k0=t=>Object.assign(t,{useDualstackEndpoint:t.useDualstackEndpoint??!1,useFipsEndpoint:t.useFipsEndpoint??!1,useGlobalEndpoint:t.useGlobalEndpoint??
!1,defaultSigningName:"sts"}),$0={UseGlobalEndpoint:{type:"builtInParams",name:"useGlobalEndpoint"},UseFIPS:{type:"builtInParams",name:"useFipsEndpoint"},Endpoint:{
type:"builtInParams",name:"endpoint"},Region:{type:"builtInParams",name:"region"},UseDualStack:{type:"builtInParams",name:"useDualstackEndpoint"}}});var lo,ri=p(()=>{lo={name:"@aws-sdk/nested-clients",version:"3.998.5",description:"Nested clients for AWS SDK packages.",homepage:"https://github.com/aws/aws-sd\
k-js-v3/tree/main/packages/nested-clients",license:"Apache-2.0",author:{name:"AWS SDK for JavaScript Team",url:"https://aws.amazon.com/sdk-for-javascript/"},repository:{
type:"git",url:"https://github.com/aws/aws-sdk-js-v3.git",directory:"packages/nested-clients"},files:["./cognito-identity.d.ts","./cognito-identity.js","./signi\
n.d.ts","./signin.js","./sso-oidc.d.ts","./sso-oidc.js","./sso.d.ts","./sso.js","./sts.d.ts","./sts.js","dist-*/**"],sideEffects:!1,main:"./dist-cjs/index.js",module:"\
./dist-es/index.js",browser:{"./dist-es/submodules/cognito-identity/runtimeConfig":"./dist-es/submodules/cognito-identity/runtimeConfig.browser","./dist-es/subm\
odules/signin/runtimeConfig":"./dist-es/submodules/signin/runtimeConfig.browser","./dist-es/submodules/sso-oidc/runtimeConfig":"./dist-es/submodules/sso-oidc/ru\
ntimeConfig.browser","./dist-es/submodules/sso/runtimeConfig":"./dist-es/submodules/sso/runtimeConfig.browser","./dist-es/submodules/sts/runtimeConfig":"./dist-\
es/submodules/sts/runtimeConfig.browser"},types:"./dist-types/index.d.ts",typesVersions:{"<4.5":{"dist-types/*":["dist-types/ts3.4/*"],"*":["dist-types/ts3.4/su\
bmodules/*/index.d.ts"]}},"react-native":{},exports:{"./package.json":"./package.json","./sso-oidc":{types:"./dist-types/submodules/sso-oidc/index.d.ts",module:"\
./dist-es/submodules/sso-oidc/index.js",node:"./dist-cjs/submodules/sso-oidc/index.js",import:"./dist-es/submodules/sso-oidc/index.js",require:"./dist-cjs/submo\
dules/sso-oidc/index.js"},"./sts":{types:"./dist-types/submodules/sts/index.d.ts",module:"./dist-es/submodules/sts/index.js",node:"./dist-cjs/submodules/sts/ind\
ex.js",import:"./dist-es/submodules/sts/index.js",require:"./dist-cjs/submodules/sts/index.js"},"./signin":{types:"./dist-types/submodules/signin/index.d.ts",module:"\
./dist-es/submodules/signin/index.js",node:"./dist-cjs/submodules/signin/index.js",import:"./dist-es/submodules/signin/index.js",require:"./dist-cjs/submodules/\
signin/index.js"},"./cognito-identity":{types:"./dist-types/submodules/cognito-identity/index.d.ts",module:"./dist-es/submodules/cognito-identity/index.js",node:"\
./dist-cjs/submodules/cognito-identity/index.js",import:"./dist-es/submodules/cognito-identity/index.js",require:"./dist-cjs/submodules/cognito-identity/index.j\
s"},"./sso":{types:"./dist-types/submodules/sso/index.d.ts",module:"./dist-es/submodules/sso/index.js",node:"./dist-cjs/submodules/sso/index.js",import:"./dist-\
es/submodules/sso/index.js",require:"./dist-cjs/submodules/sso/index.js"}},scripts:{build:"concurrently 'yarn:build:types' 'yarn:build:es' && yarn build:cjs","b\
uild:cjs":"node ../../scripts/compilation/inline","build:es":"premove dist-es && tsc -p tsconfig.es.json","build:include:deps":'yarn g:turbo run build -F="$npm_\
package_name"',"build:types":"premove dist-types && tsc -p tsconfig.types.json","build:types:downlevel":"downlevel-dts dist-types dist-types/ts3.4",clean:"premo\
ve dist-cjs dist-es dist-types",lint:"node ../../scripts/validation/submodules-linter.js",prebuild:"yarn lint",test:"yarn g:vitest run","test:watch":"yarn g:vit\
est watch"},dependencies:{"@aws-sdk/core":"^3.981.2","@aws-sdk/signature-v4-multi-region":"^3.996.52","@aws-sdk/types":"^3.975.1","@smithy/core":"^3.41.1","@smi\
thy/fetch-http-handler":"^5.8.1","@smithy/node-http-handler":"^4.14.2","@smithy/types":"^4.20.0",tslib:"^2.6.2"},devDependencies:{concurrently:"7.0.0","downleve\
l-dts":"0.10.1",premove:"4.0.0",typescript:"~7.0.2"},engines:{node:">=20.0.0"}}});function Wf(t){let e=t&&typeof t=="object"&&"reason"in t?t.reason:void 0;if(e){if(e instanceof Error){let n=new Error("Request aborted");return n.name="AbortErr\
or",n.cause=e,n}let o=new Error(String(e));return o.name="AbortError",o}let r=new Error("Request aborted");return r.name="AbortError",r}var L0=p(()=>{});var U0,F0=p(()=>{U0=["ECONNRESET","EPIPE","ETIMEDOUT"]});var M0,B0=p(()=>{k();M0=t=>{let e={};for(let r in t){if(!P(t,r))continue;let o=t[r];e[r]=Array.isArray(o)?o.join(","):o}return e}});var jn,H0=p(()=>{jn=Lr(require("node:https"))});var ie,en=p(()=>{ie={setTimeout:(t,e)=>setTimeout(t,e),clearTimeout:t=>clearTimeout(t)}});var j0,G0,z0=p(()=>{en();j0=1e3,G0=(t,e,r=0)=>{if(!r)return-1;let o=n=>{let s=ie.setTimeout(()=>{t.destroy(),e(Object.assign(new Error(`@smithy/node-http-handle\
r - the request socket did not establish a connection with the server within the configured timeout of ${r} ms.`),{name:"TimeoutError"}))},r-n),i=a=>{a?.connecting?
a.on("connect",()=>{ie.clearTimeout(s)}):ie.clearTimeout(s)};t.socket?i(t.socket):t.on("socket",i)};return r<2e3?(o(0),0):ie.setTimeout(o.bind(null,j0),j0)}});var V0,q0=p(()=>{en();V0=(t,e,r=0,o,n)=>r?ie.setTimeout(()=>{let s=`@smithy/node-http-handler - [${o?"ERROR":"WARN"}] a request has exceeded the configured ${r}\
 ms requestTimeout.`;if(o){let i=Object.assign(new Error(s),{name:"TimeoutError",code:"ETIMEDOUT"});t.destroy(i),e(i)}else s+=" Init client requestHandler with \
throwOnRequestTimeout=true to turn this into an error.",n?.warn?.(s)},r):-1});var WL,W0,K0=p(()=>{en();WL=3e3,W0=(t,{keepAlive:e,keepAliveMsecs:r},o=WL)=>{if(e!==!0)return-1;let n=()=>{t.socket?t.socket.setKeepAlive(e,r||0):t.on("socket",
s=>{s.setKeepAlive(e,r||0)})};return o===0?(n(),0):ie.setTimeout(n,o)}});var Bc,J0=p(()=>{Bc=t=>{let e=t?.defaultSocketTimeout;return typeof e=="number"&&Number.isFinite(e)&&e>0?e:void 0}});var KL,Kf,Y0=p(()=>{en();KL=3e3,Kf=(t,e,r=0,o=!1)=>{if(!Number.isFinite(r)||r<=0)return;let n;t.once("response",c=>n=c);let s=()=>{if(n?.complete){t.socket?.destroy();
return}let c=Object.assign(new Error(`@smithy/node-http-handler - the request socket timed out after ${r} ms of inactivity (${o?"service default socket timeout":
"configured by client requestHandler"}).`),{name:"TimeoutError"});n?.destroy(c),t.destroy(),e(c)},i=()=>{let{socket:c}=t;c?c.connecting?c.once("connect",i):(c.setTimeout(
r,s),t.on("close",()=>c.removeListener("timeout",s))):t.once("socket",i)};if(r<6e3){i();return}let a=ie.setTimeout(i,KL);t.once("close",()=>ie.clearTimeout(a))}});async function Z0(t,e,r=X0,o=!1){let n=e.headers,s=n?n.Expect||n.expect:void 0,i=-1,a=!0;!o&&s==="100-continue"&&(a=await Promise.race([new Promise(c=>{i=Number(
ie.setTimeout(()=>c(!0),Math.max(X0,r)))}),new Promise(c=>{t.on("continue",()=>{ie.clearTimeout(i),c(!0)}),t.on("response",()=>{ie.clearTimeout(i),c(!1)}),t.on(
"error",()=>{ie.clearTimeout(i),c(!1)})})])),a&&JL(t,e.body)}function JL(t,e){if(e instanceof Q0.Readable){e.pipe(t);return}if(e){let r=Buffer.isBuffer(e);if(r||
typeof e=="string"){r&&e.byteLength===0?t.end():t.end(e);return}let n=e;if(typeof n=="object"&&n.buffer&&typeof n.byteOffset=="number"&&typeof n.byteLength=="nu\
mber"){t.end(Buffer.from(n.buffer,n.byteOffset,n.byteLength));return}t.end(Buffer.from(e));return}t.end()}var Q0,X0,eT=p(()=>{Q0=require("node:stream");en();X0=
6e3});var Hc,tT,ke,rT=p(()=>{k();F();L0();F0();B0();H0();z0();q0();K0();J0();Y0();en();eT();ke=class t{config;configProvider;socketWarningTimestamp=0;externalAgent=!1;metadata={
handlerProtocol:"http/1.1"};static create(e){return typeof e?.handle=="function"?e:new t(e)}static checkSocketUsage(e,r,o=console){let{sockets:n,requests:s,maxSockets:i}=e;
if(typeof i!="number"||i===1/0||Date.now()-15e3<r)return r;if(n&&s)for(let c in n){if(!P(n,c))continue;let l=n[c]?.length??0,d=s[c]?.length??0;if(l>=i&&d>=2*i)return o?.
warn?.(`@smithy/node-http-handler:WARN - socket usage at capacity=${l} and ${d} additional requests are enqueued.
See https://docs.aws.amazon.com/sdk-for-javascript/v3/developer-guide/node-configuring-maxsockets.html
or increase socketAcquisitionWarningTimeout=(millis) in the NodeHttpHandler config.`),Date.now()}return r}constructor(e){this.configProvider=new Promise((r,o)=>{
typeof e=="function"?e().then(n=>{r(this.resolveDefaultConfig(n))}).catch(o):r(this.resolveDefaultConfig(e))})}destroy(){this.config?.httpAgent?.destroy(),this.
config?.httpsAgent?.destroy()}async handle(e,{abortSignal:r,requestTimeout:o}={}){this.config||(this.config=await this.configProvider);let n=this.config,s=n.logger,
i=e.protocol==="https:";return!i&&!this.config.httpAgent&&(this.config.httpAgent=await this.config.httpAgentProvider()),new Promise((a,c)=>{let l,d=-1,u=-1,m=-1,
f=-1,g=()=>{ie.clearTimeout(d),ie.clearTimeout(u),ie.clearTimeout(m),ie.clearTimeout(f)},y=async z=>{await l,g(),a(z)},h=async z=>{await l,g(),c(z)};if(r?.aborted){
let z=Wf(r);h(z);return}let S=e.headers,x=S?(S.Expect??S.expect)==="100-continue":!1,v=i?n.httpsAgent:n.httpAgent;x&&!this.externalAgent&&(v=new(i?jn.default.Agent:
Hc)({keepAlive:!1,maxSockets:1/0})),d=ie.setTimeout(()=>{this.socketWarningTimestamp=t.checkSocketUsage(v,this.socketWarningTimestamp,s)},n.socketAcquisitionWarningTimeout??
(n.requestTimeout??2e3)+(n.connectionTimeout??1e3));let b=e.query?Hm(e.query):"",L;if(e.username!=null||e.password!=null){let z=e.username??"",mr=e.password??"";
L=`${z}:${mr}`}let Y=e.path;b&&(Y+=`?${b}`),e.fragment&&(Y+=`#${e.fragment}`);let ve=e.hostname??"";ve[0]==="["&&ve.endsWith("]")?ve=e.hostname.slice(1,-1):ve=e.
hostname;let or={headers:e.headers,host:ve,method:e.method,path:Y,port:e.port,agent:v,auth:L},ce=(i?jn.default.request:tT)(or,z=>{let mr=new Ye({statusCode:z.statusCode||
-1,reason:z.statusMessage,headers:M0(z.headers),body:z});y({response:mr})});if(ce.on("error",z=>{U0.includes(z.code)?h(Object.assign(z,{name:"TimeoutError"})):h(
z)}),r){let z=()=>{ce.destroy();let mr=Wf(r);h(mr)};if(typeof r.addEventListener=="function"){let mr=r;mr.addEventListener("abort",z,{once:!0}),ce.once("close",
()=>mr.removeEventListener("abort",z))}else r.onabort=z}let Ae=o??n.requestTimeout;u=G0(ce,h,n.connectionTimeout),m=V0(ce,h,Ae,n.throwOnRequestTimeout,s??console);
let pt=n.socketTimeout===void 0?Bc(n):void 0;pt?Kf(ce,h,pt,!0):Kf(ce,h,n.socketTimeout);let Ke=or.agent;typeof Ke=="object"&&"keepAlive"in Ke&&(f=W0(ce,{keepAlive:Ke.
keepAlive,keepAliveMsecs:Ke.keepAliveMsecs})),l=Z0(ce,e,Ae,this.externalAgent).catch(z=>(g(),c(z)))})}updateHttpClientConfig(e,r){this.config=void 0,this.configProvider=
this.configProvider.then(o=>{switch(e){case Symbol.for("logger"):e="logger",r=o.logger??r;break;case Symbol.for("@smithy/defaultSocketTimeout"):e="defaultSocket\
Timeout",r=Bc(o)??r;break}return{...o,[e]:r}})}httpHandlerConfigs(){return this.config??{}}resolveDefaultConfig(e){let{requestTimeout:r,connectionTimeout:o,socketTimeout:n,
socketAcquisitionWarningTimeout:s,httpAgent:i,httpsAgent:a,throwOnRequestTimeout:c,logger:l}=e||{},d=!0,u=50,m;return{connectionTimeout:o,requestTimeout:r,socketTimeout:n,
defaultSocketTimeout:Bc(e),socketAcquisitionWarningTimeout:s,throwOnRequestTimeout:c,httpAgentProvider:()=>m??=(async()=>{let f=await Promise.resolve().then(()=>Lr(sm())),
{Agent:g,request:y}=f.default??f;return tT=y,Hc=g,i instanceof Hc||typeof i?.destroy=="function"?(this.externalAgent=!0,i):new Hc({keepAlive:d,maxSockets:u,...i})})(),
httpsAgent:a instanceof jn.default.Agent||typeof a?.destroy=="function"?(this.externalAgent=!0,a):new jn.default.Agent({keepAlive:d,maxSockets:u,...a}),logger:l}}}});var uo=p(()=>{rT();k()});var mo,jc=p(()=>{T();X();mo=class{queryCompat;errorRegistry;constructor(e=!1){this.queryCompat=e}resolveRestContentType(e,r){let o=r.getMemberSchemas(),n=Object.
values(o).find(s=>!!s.getMergedTraits().httpPayload);if(n){let s=n.getMergedTraits().mediaType;return s||(n.isStringSchema()?"text/plain":n.isBlobSchema()?"appl\
ication/octet-stream":e)}else if(!r.isUnitSchema()&&Object.values(o).find(i=>{let{httpQuery:a,httpQueryParams:c,httpHeader:l,httpLabel:d,httpPrefixHeaders:u}=i.
getMergedTraits();return!a&&!c&&!l&&!d&&u===void 0}))return e}async getErrorSchemaOrThrowBaseException(e,r,o,n,s,i){let a=e;e.includes("#")&&([,a]=e.split("#"));
let c={$metadata:s,$fault:o.statusCode<500?"client":"server"};if(!this.errorRegistry)throw new Error("@aws-sdk/core/protocols - error handler not initialized.");
try{return{errorSchema:i?.(this.errorRegistry,a)??this.errorRegistry.getSchema(e),errorMetadata:c}}catch{n.message=n.message??n.Message??"UnknownError";let d=this.
errorRegistry,u=d.getBaseException();if(u){let g=d.getErrorCtor(u)??Error;throw this.decorateServiceException(Object.assign(new g({name:a}),c),n)}let m=n,f=m?.message??
m?.Message??m?.Error?.Message??m?.Error?.message;throw this.decorateServiceException(Object.assign(new Error(f),{name:a},c),n)}}compose(e,r,o){let n=o;r.includes(
"#")&&([n]=r.split("#"));let s=Q.for(n),i=Q.for("smithy.ts.sdk.synthetic."+o);e.copyFrom(s),e.copyFrom(i),this.errorRegistry=e}decorateServiceException(e,r={}){
if(this.queryCompat){let o=e.Message??r.Message,n=ka(e,r);o&&(n.message=o);let s=n.Error??{};s.Type=n.Error?.Type,s.Code=n.Error?.Code,s.Message=n.Error?.message??
n.Error?.Message??o,n.Error=s;let i=n.$metadata.requestId;return i&&(n.RequestId=i),n}return ka(e,r)}setQueryCompatError(e,r){let o=r.headers?.["x-amzn-query-er\
ror"];if(e!==void 0&&o!=null){let[n,s]=o.split(";"),i=Object.keys(e),a={Code:n,Type:s};e.Code=n,e.Type=s;for(let c=0;c<i.length;c++){let l=i[c];a[l==="message"?
"Message":l]=e[l]}delete a.__type,e.Error=a}}queryCompatOutput(e,r){e.Error&&(r.Error=e.Error),e.Type&&(r.Type=e.Type),e.Code&&(r.Code=e.Code)}findQueryCompatibleError(e,r){
try{return e.getSchema(r)}catch{return e.find(n=>U.of(n).getMergedTraits().awsQueryError?.[0]===r)}}}});var Gc,oT=p(()=>{F();X();jc();Gc=class extends qo{serializer;deserializer;serviceTarget;codec;mixin;awsQueryCompatible;constructor({defaultNamespace:e,errorTypeRegistries:r,
serviceTarget:o,awsQueryCompatible:n,jsonCodec:s}){super({defaultNamespace:e,errorTypeRegistries:r}),this.serviceTarget=o,this.codec=s??new Jo({timestampFormat:{
useTrait:!0,default:7},jsonName:!1}),this.serializer=this.codec.createSerializer(),this.deserializer=this.codec.createDeserializer(),this.awsQueryCompatible=!!n,
this.mixin=new mo(this.awsQueryCompatible)}async serializeRequest(e,r,o){let n=await super.serializeRequest(e,r,o);return n.path.endsWith("/")||(n.path+="/"),n.
headers["content-type"]=`application/x-amz-json-${this.getJsonRpcVersion()}`,n.headers["x-amz-target"]=`${this.serviceTarget}.${e.name}`,this.awsQueryCompatible&&
(n.headers["x-amzn-query-mode"]="true"),(Hr(e.input)==="unit"||!n.body)&&(n.body="{}"),n}getPayloadCodec(){return this.codec}async handleError(e,r,o,n,s){let{awsQueryCompatible:i}=this;
i&&this.mixin.setQueryCompatError(n,o);let a=Ym(o,n,i)??"Unknown";this.mixin.compose(this.compositeErrorRegistry,a,this.options.defaultNamespace);let{errorSchema:c,
errorMetadata:l}=await this.mixin.getErrorSchemaOrThrowBaseException(a,this.options.defaultNamespace,o,n,s,i?this.mixin.findQueryCompatibleError:void 0),d=U.of(
c),u=n.message??n.Message??"UnknownError",m=this.compositeErrorRegistry.getErrorCtor(c)??Error,f=new m({}),g={},y=this.codec.createDeserializer();for(let[h,S]of d.
structIterator())n[h]!=null&&(g[h]=y.readObject(S,n[h]));throw i&&this.mixin.queryCompatOutput(n,g),this.mixin.decorateServiceException(Object.assign(f,l,{$fault:d.
getMergedTraits().error,message:u},g),n)}}});var tn,nT=p(()=>{oT();tn=class extends Gc{constructor({defaultNamespace:e,errorTypeRegistries:r,serviceTarget:o,awsQueryCompatible:n,jsonCodec:s}){super({defaultNamespace:e,
errorTypeRegistries:r,serviceTarget:o,awsQueryCompatible:n,jsonCodec:s})}getShapeId(){return"aws.protocols#awsJson1_1"}getJsonRpcVersion(){return"1.1"}getDefaultContentType(){
return"application/x-amz-json-1.1"}}});var Vr,sT=p(()=>{F();X();jc();Vr=class extends Hs{serializer;deserializer;codec;mixin=new mo;constructor({defaultNamespace:e,errorTypeRegistries:r,jsonCodec:o}){
super({defaultNamespace:e,errorTypeRegistries:r});let n={timestampFormat:{useTrait:!0,default:7},httpBindings:!0,jsonName:!0};this.codec=o??new Jo(n),this.serializer=
new Gs(this.codec.createSerializer(),n),this.deserializer=new js(this.codec.createDeserializer(),n)}getShapeId(){return"aws.protocols#restJson1"}getPayloadCodec(){
return this.codec}setSerdeContext(e){this.codec.setSerdeContext(e),super.setSerdeContext(e)}async serializeRequest(e,r,o){let n=await super.serializeRequest(e,r,
o),s=U.of(e.input);if(!n.headers["content-type"]){let i=this.mixin.resolveRestContentType(this.getDefaultContentType(),s);i&&(n.headers["content-type"]=i)}return n.
body==null&&n.headers["content-type"]===this.getDefaultContentType()&&(n.body="{}"),n}async deserializeResponse(e,r,o){let n=await super.deserializeResponse(e,r,
o),s=U.of(e.output);for(let[i,a]of s.structIterator())a.getMemberTraits().httpPayload&&!(i in n)&&(n[i]=null);return n}async handleError(e,r,o,n,s){let i=Jm(o,n)??
"Unknown";this.mixin.compose(this.compositeErrorRegistry,i,this.options.defaultNamespace);let{errorSchema:a,errorMetadata:c}=await this.mixin.getErrorSchemaOrThrowBaseException(
i,this.options.defaultNamespace,o,n,s),l=U.of(a),d=n.message??n.Message??"UnknownError",u=this.compositeErrorRegistry.getErrorCtor(a)??Error,m=new u({});await this.
deserializeHttpMessage(a,r,o,n);let f={},g=this.codec.createDeserializer();for(let[y,h]of l.structIterator()){let S=h.getMergedTraits().jsonName??y;f[y]=g.readObject(
h,n[S])}throw this.mixin.decorateServiceException(Object.assign(m,c,{$fault:l.getMergedTraits().error,message:d},f),n)}getDefaultContentType(){return"applicatio\
n/json"}}});function Jf(t){Object.defineProperty(t,"__proto__",{value:void 0,writable:!0,enumerable:!0,configurable:!0})}function Xf(t){return new Yf(t).parse()}var Yf,iT=p(
()=>{Yf=class t{x;i=0;z;constructor(e){this.x=e,this.x=e.replace(/\r\n?/g,`
`),this.z=this.x.length}parse(){let e=this,{z:r}=e;for(;e.i<r&&(e.trim(),!(e.i>=r));)if(e.isNext("<?"))e.readTo("?>"),e.trim();else if(e.isNext("<!--"))e.readTo(
"-->"),e.trim();else if(e.isNext("<!DOCTYPE",!1))e.skipDoctype(),e.trim();else if(e.x[e.i]==="<"){let o=e.parseTag();return{[o.tag]:o.value}}else throw new Error(
"@aws-sdk XML parse error: unexpected content.");throw new Error("@aws-sdk XML parse error: no root element.")}isNext(e,r=!0){let o=this;return r?o.x.startsWith(
e,o.i):o.x.toLowerCase().startsWith(e.toLowerCase(),o.i)}readTo(e){let r=this,o=r.x.indexOf(e,r.i);if(o===-1)throw new Error(`@aws-sdk XML parse error: expected\
 "${e}" not found.`);let n=r.x.slice(r.i,o);return r.i=o+e.length,n}trim(){let e=this;for(;e.i<e.z&&` 	\r
`.includes(e.x[e.i]);)++e.i}readAttrValue(){let e=this,r=e.x[e.i];++e.i;let o="";for(;e.i<e.z&&e.x[e.i]!==r;)o+=e.x[e.i++];return++e.i,e.decodeEntities(o)}parseTag(){
let e=this;++e.i;let r="";for(;e.i<e.z&&!` 	\r
>/`.includes(e.x[e.i]);)r+=e.x[e.i++];let o=!1,n={};for(;e.i<e.z&&(e.trim(),!">/".includes(e.x[e.i]));){let d="";for(;e.i<e.z&&!`= 	\r
>/?`.includes(e.x[e.i]);)d+=e.x[e.i++];if(e.trim(),e.x[e.i]!=="=")break;++e.i,e.trim(),d==="__proto__"&&Jf(n),n[d]=e.readAttrValue(),o=!0}if(e.i>=e.z)throw new Error(
"@aws-sdk XML parse error: unexpected end of input.");if(e.x[e.i]==="/"){if(++e.i,e.i>=e.z||e.x[e.i]!==">")throw new Error("@aws-sdk XML parse error: expected >\
 at the end of self-closing tag.");return++e.i,{tag:r,value:o?n:""}}if(e.x[e.i]!==">")throw new Error("@aws-sdk XML parse error: expected > at the end of openin\
g tag.");++e.i;let s=[],i=[],a=!1;for(;e.i<e.z&&!e.isNext("</");)if(e.x[e.i]==="<")e.isNext("<!--")?e.readTo("-->"):e.isNext("<![CDATA[")?(e.i+=9,s.push(e.readTo(
"]]>"))):e.isNext("<?")?e.readTo("?>"):(a=!0,i.push(e.parseTag()));else{let d="";for(;e.i<e.z&&e.x[e.i]!=="<";)d+=e.x[e.i++];s.push(e.decodeEntities(d))}if(!e.isNext(
"</"))throw new Error(`@aws-sdk XML parse error: missing closing tag </${r}>.`);e.i+=2;let c=e.readTo(">").trim();if(c!==r)throw new Error(`@aws-sdk XML parse e\
rror: mismatched tags <${r}> and </${c}>.`);if(!o&&s.length===0&&!a)return{tag:r,value:""};if(!o&&!a){let d=s.length===1?s[0]:s.join("");return d.trim()===""&&d.
includes(`
`)?{tag:r,value:""}:{tag:r,value:d}}let l={};for(let d of s)d.trim()===""&&d.includes(`
`)||(l["#text"]="#text"in l?l["#text"]+d:d);for(let d of i)d.tag==="__proto__"&&Jf(l),d.tag in l?Array.isArray(l[d.tag])?l[d.tag].push(d.value):l[d.tag]=[l[d.tag],
d.value]:l[d.tag]=d.value;for(let[d,u]of Object.entries(n))d==="__proto__"&&Jf(l),l[d]=u;return{tag:r,value:l}}static ENTITIES={amp:"&",lt:"<",gt:">",quot:'"',apos:"\
'"};skipDoctype(){let e=this;e.i+=9;let r=0;for(;e.i<e.z;){let o=e.x[e.i];if(o==="[")++r;else if(o==="]")--r;else if(o===">"&&r===0){++e.i;return}++e.i}throw new Error(
"@aws-sdk XML parse error: unclosed DOCTYPE.")}decodeEntities(e){return e.replace(/&(?:#x([0-9a-fA-F]{1,6})|#(\d{1,7})|([a-zA-Z][a-zA-Z0-9]{0,30}));/g,(r,o,n,s)=>o?
String.fromCharCode(parseInt(o,16)):n?String.fromCharCode(parseInt(n,10)):t.ENTITIES[s]??"")}}});var aT=p(()=>{iT()});var Gn,Qf=p(()=>{Gn=class{serdeContext;setSerdeContext(e){this.serdeContext=e}}});var zc,cT=p(()=>{zc=class{from;to;keys;constructor(e,r){this.from=e,this.to=r;let o=Object.keys(this.from),n=new Set(o);n.delete("__type"),this.keys=n}mark(e){this.
keys.delete(e)}hasUnknown(){return this.keys.size===1&&Object.keys(this.to).length===0}writeUnknown(){if(this.hasUnknown()){let e=this.keys.values().next().value,
r=this.from[e];this.to.$unknown=[e,r]}}}});function pT(t){Object.defineProperty(t,"__proto__",{value:void 0,writable:!0,enumerable:!0,configurable:!0})}var lT=p(()=>{});var Vc,dT=p(()=>{aT();T();F();X();k();Qf();cT();lT();Vc=class extends Gn{settings;stringDeserializer;constructor(e){super(),this.settings=e,this.stringDeserializer=
new Wo(e)}setSerdeContext(e){this.serdeContext=e,this.stringDeserializer.setSerdeContext(e)}read(e,r,o){let n=U.of(e),s=n.getMemberSchemas();if(n.isStructSchema()&&
n.isMemberSchema()&&!!Object.values(s).find(l=>!!l.getMemberTraits().eventPayload)){let l={},d=Object.keys(s)[0];return s[d].isBlobSchema()?l[d]=r:l[d]=this.read(
s[d],r),l}let a=(this.serdeContext?.utf8Encoder??Z)(r),c=this.parseXml(a);return this.readSchema(e,o?c[o]:c)}readSchema(e,r){let o=U.of(e);if(o.isUnitSchema())return;
let n=o.getMergedTraits();if(o.isListSchema()&&!Array.isArray(r))return this.readSchema(o,[r]);if(r==null)return r;if(typeof r=="object"){let s=!!n.xmlFlattened;
if(o.isListSchema()){let a=o.getValueSchema(),c=[],l=a.getMergedTraits().xmlName??"member",d=s?r:(r[0]??r)[l];if(d==null)return c;let u=Array.isArray(d)?d:[d];for(let m of u)
c.push(this.readSchema(a,m));return c}let i={};if(o.isMapSchema()){let a=o.getKeySchema(),c=o.getValueSchema(),l;s?l=Array.isArray(r)?r:[r]:l=Array.isArray(r.entry)?
r.entry:[r.entry];let d=a.getMergedTraits().xmlName??"key",u=c.getMergedTraits().xmlName??"value";for(let m of l){let f=m[d],g=m[u];f==="__proto__"&&pT(i),i[f]=
this.readSchema(c,g)}return i}if(o.isStructSchema()){let a=o.isUnionSchema(),c;a&&(c=new zc(r,i));for(let[l,d]of o.structIterator()){let u=d.getMergedTraits(),m=u.
httpPayload?u.xmlName??d.getName():d.getMemberTraits().xmlName??l;a&&c.mark(m),r[m]!=null&&(i[l]=this.readSchema(d,r[m]))}return a&&c.writeUnknown(),i}if(o.isDocumentSchema())
return r;throw new Error(`@aws-sdk/core/protocols - xml deserializer unhandled schema type for ${o.getName(!0)}`)}return o.isListSchema()?[]:o.isMapSchema()||o.
isStructSchema()?{}:this.stringDeserializer.read(o,r)}parseXml(e){if(e.length){let r;try{r=Xf(e)}catch(i){throw i&&typeof i=="object"&&Object.defineProperty(i,"\
$responseBodyText",{value:e}),i}let o="#text",n=Object.keys(r)[0],s=r[n];return s[o]&&(s[n]=s[o],delete s[o]),$a(s)}return{}}}});var qc,uT=p(()=>{F();X();k();k();Qf();qc=class extends Gn{settings;buffer;constructor(e){super(),this.settings=e}write(e,r,o=""){this.buffer===void 0&&(this.buffer=
"");let n=U.of(e);if(o&&!o.endsWith(".")&&(o+="."),n.isBlobSchema())(typeof r=="string"||r instanceof Uint8Array)&&(this.writeKey(o),this.writeValue((this.serdeContext?.
base64Encoder??me)(r)));else if(n.isBooleanSchema()||n.isNumericSchema()||n.isStringSchema())r!=null?(this.writeKey(o),this.writeValue(String(r))):n.isIdempotencyToken()&&
(this.writeKey(o),this.writeValue($n()));else if(n.isBigIntegerSchema())r!=null&&(this.writeKey(o),this.writeValue(String(r)));else if(n.isBigDecimalSchema())r!=
null&&(this.writeKey(o),this.writeValue(r instanceof Re?r.string:String(r)));else if(n.isTimestampSchema()){if(r instanceof Date)switch(this.writeKey(o),Ko(n,this.
settings)){case 5:this.writeValue(r.toISOString().replace(".000Z","Z"));break;case 6:this.writeValue(Mo(r));break;case 7:this.writeValue(String(r.getTime()/1e3));
break}}else if(n.isDocumentSchema())Array.isArray(r)?this.write(79,r,o):r instanceof Date?this.write(4,r,o):r instanceof Uint8Array?this.write(21,r,o):r&&typeof r==
"object"?this.write(143,r,o):(this.writeKey(o),this.writeValue(String(r)));else if(n.isListSchema()){if(Array.isArray(r))if(r.length===0)this.settings.serializeEmptyLists&&
(this.writeKey(o),this.writeValue(""));else{let s=n.getValueSchema(),i=this.settings.flattenLists||n.getMergedTraits().xmlFlattened,a=1;for(let c of r){if(c==null)
continue;let l=s.getMergedTraits(),d=this.getKey("member",l.xmlName,l.ec2QueryName),u=i?`${o}${a}`:`${o}${d}.${a}`;this.write(s,c,u),++a}}}else if(n.isMapSchema()){
if(r&&typeof r=="object"){let s=n.getKeySchema(),i=n.getValueSchema(),a=n.getMergedTraits().xmlFlattened,c=1;for(let l in r){let d=r[l];if(d==null)continue;let u=s.
getMergedTraits(),m=this.getKey("key",u.xmlName,u.ec2QueryName),f=a?`${o}${c}.${m}`:`${o}entry.${c}.${m}`,g=i.getMergedTraits(),y=this.getKey("value",g.xmlName,
g.ec2QueryName),h=a?`${o}${c}.${y}`:`${o}entry.${c}.${y}`;this.write(s,l,f),this.write(i,d,h),++c}}}else if(n.isStructSchema()){if(r&&typeof r=="object"){let s=!1;
for(let[i,a]of n.structIterator()){if(r[i]==null&&!a.isIdempotencyToken())continue;let c=a.getMergedTraits(),l=this.getKey(i,c.xmlName,c.ec2QueryName,"struct"),
d=`${o}${l}`;this.write(a,r[i],d),s=!0}if(!s&&n.isUnionSchema()){let{$unknown:i}=r;if(Array.isArray(i)){let[a,c]=i,l=`${o}${a}`;this.write(15,c,l)}}}}else if(!n.
isUnitSchema())throw new Error(`@aws-sdk/core/protocols - QuerySerializer unrecognized schema type ${n.getName(!0)}`)}flush(){if(this.buffer===void 0)throw new Error(
"@aws-sdk/core/protocols - QuerySerializer cannot flush with nothing written to buffer.");let e=this.buffer;return delete this.buffer,e}getKey(e,r,o,n){let{ec2:s,
capitalizeKeys:i}=this.settings;if(s&&o)return o;let a=r??e;return i&&n==="struct"?a[0].toUpperCase()+a.slice(1):a}writeKey(e){e.endsWith(".")&&(e=e.slice(0,e.length-
1)),this.buffer+=`&${zo(e)}=`}writeValue(e){this.buffer+=zo(e)}}});var oi,mT=p(()=>{F();X();jc();dT();uT();oi=class extends qo{options;serializer;deserializer;mixin=new mo;constructor(e){super({defaultNamespace:e.defaultNamespace,
errorTypeRegistries:e.errorTypeRegistries}),this.options=e;let r={timestampFormat:{useTrait:!0,default:5},httpBindings:!1,xmlNamespace:e.xmlNamespace,serviceNamespace:e.
defaultNamespace,serializeEmptyLists:!0};this.serializer=new qc(r),this.deserializer=new Vc(r)}getShapeId(){return"aws.protocols#awsQuery"}setSerdeContext(e){this.
serializer.setSerdeContext(e),this.deserializer.setSerdeContext(e)}getPayloadCodec(){throw new Error("AWSQuery protocol has no payload codec.")}async serializeRequest(e,r,o){
let n=await super.serializeRequest(e,r,o);n.path.endsWith("/")||(n.path+="/"),n.headers["content-type"]="application/x-www-form-urlencoded",(Hr(e.input)==="unit"||
!n.body)&&(n.body="");let s=e.name.split("#")[1]??e.name;return n.body=`Action=${s}&Version=${this.options.version}`+n.body,n.body.endsWith("&")&&(n.body=n.body.
slice(-1)),n}async deserializeResponse(e,r,o){let n=this.deserializer,s=U.of(e.output),i={};if(o.statusCode>=300){let d=await ze(o.body,r);d.byteLength>0&&Object.
assign(i,await n.read(15,d)),await this.handleError(e,r,o,i,this.deserializeMetadata(o))}for(let d in o.headers){let u=o.headers[d];delete o.headers[d],o.headers[d.
toLowerCase()]=u}let a=e.name.split("#")[1]??e.name,c=s.isStructSchema()&&this.useNestedResult()?a+"Result":void 0,l=await ze(o.body,r);return l.byteLength>0&&Object.
assign(i,await n.read(s,l,c)),i.$metadata=this.deserializeMetadata(o),i}useNestedResult(){return!0}async handleError(e,r,o,n,s){let i=this.loadQueryErrorCode(o,
n)??"Unknown";this.mixin.compose(this.compositeErrorRegistry,i,this.options.defaultNamespace);let a=this.loadQueryError(n)??{},c=this.loadQueryErrorMessage(n);a.
message=c,a.Error={Type:a.Type,Code:a.Code,Message:c};let{errorSchema:l,errorMetadata:d}=await this.mixin.getErrorSchemaOrThrowBaseException(i,this.options.defaultNamespace,
o,a,s,this.mixin.findQueryCompatibleError),u=U.of(l),m=this.compositeErrorRegistry.getErrorCtor(l)??Error,f=new m({}),g={Type:a.Error.Type,Code:a.Error.Code,Error:a.
Error};for(let[y,h]of u.structIterator()){let S=h.getMergedTraits().xmlName??y,x=a[S]??n[S];g[y]=this.deserializer.readSchema(h,x)}throw this.mixin.decorateServiceException(
Object.assign(f,d,{$fault:u.getMergedTraits().error,message:c},g),n)}loadQueryErrorCode(e,r){let o=(r.Errors?.[0]?.Error??r.Errors?.Error??r.Error)?.Code;if(o!==
void 0)return o;if(e.statusCode==404)return"NotFound"}loadQueryError(e){return e.Errors?.[0]?.Error??e.Errors?.Error??e.Error}loadQueryErrorMessage(e){let r=this.
loadQueryError(e);return r?.message??r?.Message??e.message??e.Message??"Unknown"}getDefaultContentType(){return"application/x-www-form-urlencoded"}}});var rn=p(()=>{nT();sT();mT()});var $e,fT,YL,Wc,gT,XL,hT=p(()=>{k();$e=64,fT=32,YL=2**53-1,Wc=class t{digestLength=fT;state=Int32Array.from(gT);w;buffer=new Uint8Array(64);bufferLength=0;bytesHashed=0;finished=!1;inner;outer;constructor(e){
if(e){let r=t.normalizeKey(e);this.inner=new t,this.outer=new t;let{inner:o,outer:n}=this,s=new Uint8Array($e*2);for(let i=0;i<$e;++i)s[i]=54^r[i],s[i+$e]=92^r[i];
o.update(s.subarray(0,$e)),n.update(s.subarray($e))}}update(e){if(this.finished)throw new Error("Attempted to update an already finished HMAC.");if(this.inner){
this.inner.update(e);return}let r=Ct(e),o=0,{byteLength:n}=r;if(this.bytesHashed+=n,this.bytesHashed*8>YL)throw new Error("Cannot hash more than 2^53 - 1 bits");
for(;n>0;)this.buffer[this.bufferLength++]=r[o++],n--,this.bufferLength===$e&&(this.hashBuffer(),this.bufferLength=0)}async digest(){let{inner:e,outer:r}=this;if(e&&
r){if(this.finished)throw new Error("Attempted to digest an already finished HMAC.");this.finished=!0;let o=e.digestSync();return r.update(o),r.digestSync()}return this.
digestSync()}reset(){this.state=Int32Array.from(gT),this.buffer=new Uint8Array(64),this.bufferLength=0,this.bytesHashed=0}digestSync(){let e=this.state.slice(),
r=this.buffer.slice(),o=this.bufferLength,n=this.bytesHashed*8,s=new DataView(r.buffer,r.byteOffset,r.byteLength);if(s.setUint8(o++,128),(o-1)%$e>=$e-8){for(let a=o;a<
$e;++a)s.setUint8(a,0);this.hashBufferWith(e,r),o=0}for(let a=o;a<$e-8;++a)s.setUint8(a,0);s.setUint32($e-8,Math.floor(n/4294967296),!1),s.setUint32($e-4,n,!1),
this.hashBufferWith(e,r);let i=new Uint8Array(fT);for(let a=0;a<8;++a)i[a*4]=e[a]>>>24&255,i[a*4+1]=e[a]>>>16&255,i[a*4+2]=e[a]>>>8&255,i[a*4+3]=e[a]>>>0&255;return i}static normalizeKey(e){
let r=Ct(e);if(r.byteLength>$e){let o=new t;o.update(r);let n=o.digestSync(),s=new Uint8Array($e);return s.set(n),s}if(r.byteLength<$e){let o=new Uint8Array($e);
return o.set(r),o}return r}hashBuffer(){this.hashBufferWith(this.state,this.buffer)}hashBufferWith(e,r){let o=this.w??=new Int32Array(64),n=e[0],s=e[1],i=e[2],a=e[3],
c=e[4],l=e[5],d=e[6],u=e[7];for(let m=0;m<$e;++m){if(m<16)o[m]=(r[m*4]&255)<<24|(r[m*4+1]&255)<<16|(r[m*4+2]&255)<<8|r[m*4+3]&255;else{let y=o[m-2],h=(y>>>17|y<<
15)^(y>>>19|y<<13)^y>>>10;y=o[m-15];let S=(y>>>7|y<<25)^(y>>>18|y<<14)^y>>>3;o[m]=(h+o[m-7]|0)+(S+o[m-16]|0)}let f=(((c>>>6|c<<26)^(c>>>11|c<<21)^(c>>>25|c<<7))+
(c&l^~c&d)|0)+(u+(XL[m]+o[m]|0)|0)|0,g=((n>>>2|n<<30)^(n>>>13|n<<19)^(n>>>22|n<<10))+(n&s^n&i^s&i)|0;u=d,d=l,l=c,c=a+f|0,a=i,i=s,s=n,n=f+g|0}e[0]+=n,e[1]+=s,e[2]+=
i,e[3]+=a,e[4]+=c,e[5]+=l,e[6]+=d,e[7]+=u}},gT=new Int32Array([1779033703,3144134277,1013904242,2773480762,1359893119,2600822924,528734635,1541459225]),XL=new Int32Array(
[1116352408,1899447441,3049323471,3921009573,961987163,1508970993,2453635748,2870763221,3624381080,310598401,607225278,1426881987,1925078388,2162078206,2614888103,
3248222580,3835390401,4022224774,264347078,604807628,770255983,1249150122,1555081692,1996064986,2554220882,2821834349,2952996808,3210313671,3336571891,3584528711,
113926993,338241895,666307205,773529912,1294757372,1396182291,1695183700,1986661051,2177026350,2456956037,2730485921,2820302411,3259730800,3345764771,3516065817,
3600352804,4094571909,275423344,430227734,506948616,659060556,883997877,958139571,1322822218,1537002063,1747873779,1955562222,2024104815,2227730452,2361852424,2428436474,
2756734187,3204031479,3329325298])});function ZL(){return class{digestLength=32;secret;hash;isHmac;finished=!1;constructor(e){this.secret=e,this.isHmac=!!e,this.hash=this.createHash()}update(e){if(this.
finished)throw new Error("Attempted to update an already finished hash.");this.hash.update(e)}async digest(){let e;return this.isHmac?(this.finished=!0,e=this.hash.
digest()):e=this.hash.copy().digest(),new Uint8Array(e.buffer,e.byteOffset,e.byteLength)}reset(){this.hash=this.createHash(),this.finished=!1}createHash(){return this.
secret?(0,ni.createHmac)("sha256",e1(this.secret)):(0,ni.createHash)("sha256")}}}function e1(t){return typeof t=="string"?t:ArrayBuffer.isView(t)?Buffer.from(t.
buffer,t.byteOffset,t.byteLength):Buffer.from(t)}var ni,QL,ht,yT=p(()=>{ni=require("node:crypto");hT();QL=(()=>{try{return(0,ni.createHash)("sha256"),!0}catch{return!1}})(),
ht=QL?ZL():Wc});var on=p(()=>{yT()});var ct,Kc=p(()=>{T();ct=class t extends tt{static shapeId="smithy.ts.sdk.synthetic.com.amazonaws.sts#STSServiceException";constructor(e){super(e),Object.setPrototypeOf(
this,t.prototype)}}});var si,ii,ai,ci,pi,li,di,ui,Zf=p(()=>{Kc();si=class t extends ct{static shapeId="com.amazonaws.sts#ExpiredTokenException";name="ExpiredTokenException";$fault="c\
lient";constructor(e){super({name:"ExpiredTokenException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},ii=class t extends ct{static shapeId="\
com.amazonaws.sts#InvalidContextAssertionException";name="InvalidContextAssertionException";$fault="client";constructor(e){super({name:"InvalidContextAssertionE\
xception",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},ai=class t extends ct{static shapeId="com.amazonaws.sts#MalformedPolicyDocumentExcept\
ion";name="MalformedPolicyDocumentException";$fault="client";constructor(e){super({name:"MalformedPolicyDocumentException",$fault:"client",...e}),Object.setPrototypeOf(
this,t.prototype)}},ci=class t extends ct{static shapeId="com.amazonaws.sts#PackedPolicyTooLargeException";name="PackedPolicyTooLargeException";$fault="client";constructor(e){
super({name:"PackedPolicyTooLargeException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},pi=class t extends ct{static shapeId="com.amazonaws\
.sts#RegionDisabledException";name="RegionDisabledException";$fault="client";constructor(e){super({name:"RegionDisabledException",$fault:"client",...e}),Object.
setPrototypeOf(this,t.prototype)}},li=class t extends ct{static shapeId="com.amazonaws.sts#IDPRejectedClaimException";name="IDPRejectedClaimException";$fault="c\
lient";constructor(e){super({name:"IDPRejectedClaimException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},di=class t extends ct{static shapeId="\
com.amazonaws.sts#InvalidIdentityTokenException";name="InvalidIdentityTokenException";$fault="client";constructor(e){super({name:"InvalidIdentityTokenException",
$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},ui=class t extends ct{static shapeId="com.amazonaws.sts#IDPCommunicationErrorException";name="I\
DPCommunicationErrorException";$fault="client";$retryable={};constructor(e){super({name:"IDPCommunicationErrorException",$fault:"client",...e}),Object.setPrototypeOf(
this,t.prototype)}}});var t1,r1,o1,n1,s1,i1,eg,a1,c1,p1,l1,tg,d1,ET,u1,m1,f1,g1,h1,y1,E1,x1,S1,R1,_1,w1,xT,ST,RT,_T,I1,T1,C1,v1,A1,b1,wT,P1,O1,IT,N1,TT,D1,k1,$1,rg,L1,U1,CT,vT,F1,M1,
B1,AT,bT,H1,j1,G1,z1,V1,q1,fo,go,W1,ho,yo,Eo,K1,J1,Y1,X1,PT,Q1,Z1,eU,G,OT,NT,qr,DT,kT,$T,LT,UT,FT,MT,BT,og,tU,rU,oU,nU,sU,iU,ng,HT,jT,GT,zT,sg,VT,qT,WT,KT,JT,YT,
XT,aU,cU,pU,ig,ag,mi=p(()=>{X();Zf();Kc();t1="Arn",r1="AccessKeyId",o1="AssumeRole",n1="AssumedRoleId",s1="AssumeRoleRequest",i1="AssumeRoleResponse",eg="Assume\
dRoleUser",a1="AssumeRoleWithWebIdentity",c1="AssumeRoleWithWebIdentityRequest",p1="AssumeRoleWithWebIdentityResponse",l1="Audience",tg="Credentials",d1="Contex\
tAssertion",ET="DurationSeconds",u1="Expiration",m1="ExternalId",f1="ExpiredTokenException",g1="FederatedProviderArn",h1="Issuer",y1="InvalidContextAssertionExc\
eption",E1="IDPCommunicationErrorException",x1="IDPRejectedClaimException",S1="InvalidIdentityTokenException",R1="IdentityProvider",_1="Key",w1="MalformedPolicy\
DocumentException",xT="MinimumSessionTokenSize",ST="OriginIdentity",RT="Policy",_T="PolicyArns",I1="ProviderArn",T1="ProvidedContexts",C1="ProvidedContextsListT\
ype",v1="ProvidedContext",A1="PolicyDescriptorType",b1="ProviderId",wT="PackedPolicySize",P1="PackedPolicyTooLargeException",O1="Provider",IT="RoleArn",N1="Regi\
onDisabledException",TT="RoleSessionName",D1="Subject",k1="SecretAccessKey",$1="SubjectFromWebIdentityToken",rg="SourceIdentity",L1="SerialNumber",U1="SessionTo\
ken",CT="SessionTokenSize",vT="SessionTokenUtilization",F1="SubjectType",M1="Tags",B1="TokenCode",AT="TransactionContext",bT="TrustedIdentityPropagationContext",
H1="TransitiveTagKeys",j1="Tag",G1="Value",z1="WebIdentityToken",V1="arn",q1="accessKeySecretType",fo="awsQueryError",go="client",W1="clientTokenType",ho="error",
yo="httpError",Eo="message",K1="originIdentityIssuerType",J1="originIdentitySubjectType",Y1="originIdentitySubjectTypeType",X1="policyDescriptorListType",PT="sm\
ithy.ts.sdk.synthetic.com.amazonaws.sts",Q1="transactionContextIdentityProviderMapType",Z1="transactionContextValueType",eU="tagListType",G="com.amazonaws.sts",
OT=new Q(PT),NT=[-3,PT,"STSServiceException",0,[],[]];OT.registerError(NT,ct);qr=new Q(G),DT=[-3,G,f1,{[fo]:["ExpiredTokenException",400],[ho]:go,[yo]:400},[Eo],
[0]];qr.registerError(DT,si);kT=[-3,G,E1,{[fo]:["IDPCommunicationError",400],[ho]:go,[yo]:400},[Eo],[0]];qr.registerError(kT,ui);$T=[-3,G,x1,{[fo]:["IDPRejected\
Claim",403],[ho]:go,[yo]:403},[Eo],[0]];qr.registerError($T,li);LT=[-3,G,y1,{[fo]:["InvalidContextAssertion",400],[ho]:go,[yo]:400},[Eo],[0]];qr.registerError(LT,
ii);UT=[-3,G,S1,{[fo]:["InvalidIdentityToken",400],[ho]:go,[yo]:400},[Eo],[0]];qr.registerError(UT,di);FT=[-3,G,w1,{[fo]:["MalformedPolicyDocument",400],[ho]:go,
[yo]:400},[Eo],[0]];qr.registerError(FT,ai);MT=[-3,G,P1,{[fo]:["PackedPolicyTooLarge",400],[ho]:go,[yo]:400},[Eo],[0]];qr.registerError(MT,ci);BT=[-3,G,N1,{[fo]:[
"RegionDisabledException",403],[ho]:go,[yo]:403},[Eo],[0]];qr.registerError(BT,pi);og=[OT,qr],tU=[0,G,q1,8,0],rU=[0,G,W1,8,0],oU=[0,G,K1,8,0],nU=[0,G,J1,8,0],sU=
[0,G,Y1,8,0],iU=[0,G,Z1,8,0],ng=[3,G,eg,0,[n1,t1],[0,0],2],HT=[3,G,s1,0,[IT,TT,_T,RT,ET,M1,H1,m1,L1,B1,rg,T1,xT],[0,0,()=>XT,0,1,()=>cU,64,0,0,0,0,()=>aU,1],2],
jT=[3,G,i1,0,[tg,eg,wT,rg,vT,CT],[[()=>sg,0],()=>ng,1,0,1,1]],GT=[3,G,c1,0,[IT,TT,z1,b1,_T,RT,ET,xT],[0,0,[()=>rU,0],0,()=>XT,0,1,1],3],zT=[3,G,p1,0,[tg,$1,eg,wT,
O1,l1,rg,vT,CT,bT],[[()=>sg,0],0,()=>ng,1,0,0,0,1,1,[()=>YT,0]]],sg=[3,G,tg,0,[r1,k1,U1,u1],[0,[()=>tU,0],0,4],4],VT=[3,G,ST,0,[D1,F1,h1,g1],[[()=>nU,0],[()=>sU,
0],[()=>oU,0],0]],qT=[3,G,A1,0,[V1],[0]],WT=[3,G,v1,0,[I1,d1],[0,0]],KT=[3,G,j1,0,[_1,G1],[0,0],2],JT=[3,G,AT,0,[R1],[[()=>pU,0]]],YT=[3,G,bT,8,[ST,AT],[[()=>VT,
0],[()=>JT,0]]],XT=[1,G,X1,0,()=>qT],aU=[1,G,C1,0,()=>WT],cU=[1,G,eU,0,()=>KT],pU=[2,G,Q1,0,[0,0],[()=>iU,0]],ig=[9,G,o1,0,()=>HT,()=>jT],ag=[9,G,a1,0,()=>GT,()=>zT]});var QT,ZT=p(()=>{we();rn();Bf();it();on();T();F();k();Vf();Gf();mi();QT=t=>({apiVersion:"2011-06-15",base64Decoder:t?.base64Decoder??Se,base64Encoder:t?.base64Encoder??
me,disableHostPrefix:t?.disableHostPrefix??!1,endpointProvider:t?.endpointProvider??Mc,extensions:t?.extensions??[],httpAuthSchemeProvider:t?.httpAuthSchemeProvider??
N0,httpAuthSchemes:t?.httpAuthSchemes??[{schemeId:"aws.auth#sigv4",identityProvider:e=>e.getIdentityProvider("aws.auth#sigv4"),signer:new ge},{schemeId:"aws.aut\
h#sigv4a",identityProvider:e=>e.getIdentityProvider("aws.auth#sigv4a"),signer:new co},{schemeId:"smithy.api#noAuth",identityProvider:e=>e.getIdentityProvider("s\
mithy.api#noAuth")||(async()=>({})),signer:new st}],logger:t?.logger??new _e,protocol:t?.protocol??oi,protocolSettings:t?.protocolSettings??{defaultNamespace:"c\
om.amazonaws.sts",errorTypeRegistries:og,xmlNamespace:"https://sts.amazonaws.com/doc/2011-06-15/",version:"2011-06-15",serviceTarget:"AWSSecurityTokenServiceV20\
110615"},serviceId:t?.serviceId??"STS",sha256:t?.sha256??ht,signerConstructor:t?.signerConstructor??Qo,urlParser:t?.urlParser??fe,utf8Decoder:t?.utf8Decoder??se,
utf8Encoder:t?.utf8Encoder??Z})});var eC,tC=p(()=>{ri();M();we();it();T();$();mt();k();uo();ZT();eC=t=>{Dt(process.version);let e=Ft(t),r=()=>e().then(Nt),o=QT(t);It(process.version);let n={profile:t?.
profile,logger:o.logger};return{...o,...t,runtime:"node",defaultsMode:e,authSchemePreference:t?.authSchemePreference??_(gt,n),bodyLengthChecker:t?.bodyLengthChecker??
Tt,defaultSocketTimeout:hr(t?.requestHandler,3e5),defaultUserAgentProvider:t?.defaultUserAgentProvider??Zt({serviceId:o.serviceId,clientVersion:lo.version}),httpAuthSchemes:t?.
httpAuthSchemes??[{schemeId:"aws.auth#sigv4",identityProvider:s=>s.getIdentityProvider("aws.auth#sigv4")||(async i=>await t.credentialDefaultProvider(i?.__config||
{})()),signer:new ge},{schemeId:"aws.auth#sigv4a",identityProvider:s=>s.getIdentityProvider("aws.auth#sigv4a"),signer:new co},{schemeId:"smithy.api#noAuth",identityProvider:s=>s.
getIdentityProvider("smithy.api#noAuth")||(async()=>({})),signer:new st}],maxAttempts:t?.maxAttempts??_(Jt,t),region:t?.region??_(be,{...rt,...n}),requestHandler:ke.
create(t?.requestHandler??r),retryMode:t?.retryMode??_({...Xt,default:async()=>(await r()).retryMode||at},t),sigv4aSigningRegionSet:t?.sigv4aSigningRegionSet??_(
bc,n),streamCollector:t?.streamCollector??Ge,useDualstackEndpoint:t?.useDualstackEndpoint??_(bt,n),useFipsEndpoint:t?.useFipsEndpoint??_(Pt,n),userAgentAppId:t?.
userAgentAppId??_(er,n)}}});var rC,oC,nC=p(()=>{rC=t=>{let e=t.httpAuthSchemes,r=t.httpAuthSchemeProvider,o=t.credentials;return{setHttpAuthScheme(n){let s=e.findIndex(i=>i.schemeId===n.schemeId);
s===-1?e.push(n):e.splice(s,1,n)},httpAuthSchemes(){return e},setHttpAuthSchemeProvider(n){r=n},httpAuthSchemeProvider(){return r},setCredentials(n){o=n},credentials(){
return o}}},oC=t=>({httpAuthSchemes:t.httpAuthSchemes(),httpAuthSchemeProvider:t.httpAuthSchemeProvider(),credentials:t.credentials()})});var sC,iC=p(()=>{M();T();F();nC();sC=(t,e)=>{let r=Object.assign(tr(t),kt(t),Bt(t),rC(t));return e.forEach(o=>o.configure(r)),Object.assign(t,rr(r),$t(r),Ht(r),
oC(r))}});var xo,Jc=p(()=>{M();it();T();$();W();F();mt();X();Vf();qf();tC();iC();xo=class extends Te{config;constructor(...[e]){let r=eC(e||{});super(r),this.initConfig=r;
let o=k0(r),n=qt(o),s=Yt(n),i=Ut(s),a=i,c=ar(a),l=D0(c),d=sC(l,e?.extensions||[]);this.config=d,this.middlewareStack.use(Ot(this.config)),this.middlewareStack.use(
Qt(this.config)),this.middlewareStack.use(pr(this.config)),this.middlewareStack.use(jt(this.config)),this.middlewareStack.use(Gt(this.config)),this.middlewareStack.
use(zt(this.config)),this.middlewareStack.use(Vt(this.config)),this.middlewareStack.use(dt(this.config,{httpAuthSchemeParametersProvider:b0,identityProviderConfigProvider:async u=>new Ve(
{"aws.auth#sigv4":u.credentials,"aws.auth#sigv4a":u.credentials})})),this.middlewareStack.use(ut(this.config))}destroy(){super.destroy()}}});var Yc,Xc,Qc,cg=p(()=>{T();W();qf();Yc=Lt($0,"AWSSecurityTokenServiceV20110615","STSClient",cr),Xc={},Qc=(t,e,r,o)=>[]});var nn,Zc=p(()=>{cg();mi();nn=class extends Yc(Xc,Qc,"AssumeRole",ig){}});var sn,ep=p(()=>{cg();mi();sn=class extends Yc(Xc,Qc,"AssumeRoleWithWebIdentity",ag){}});var lU,tp,aC=p(()=>{T();Zc();ep();Jc();lU={AssumeRoleCommand:nn,AssumeRoleWithWebIdentityCommand:sn},tp=class extends xo{};jr(lU,tp)});var cC=p(()=>{Zc();ep()});var pC=p(()=>{});var lC,dC,uC,mC,fC,gC=p(()=>{M();Zc();ep();lC=t=>{if(typeof t?.Arn=="string"){let e=t.Arn.split(":");if(e.length>4&&e[4]!=="")return e[4]}},dC=async(t,e,r,o={})=>{
let n=typeof t=="function"?await t():t,s=typeof e=="function"?await e():e,i="",a=n??s??(i=await wf(o)());return r?.debug?.("@aws-sdk/client-sts::resolveRegion",
"accepting first of:",`${n} (credential provider clientConfig)`,`${s} (contextual client)`,`${i} (STS default: AWS_REGION, profile region, or us-east-1)`),a},uC=
(t,e)=>{let r,o;return async(n,s)=>{if(o=n,!r){let{logger:d=t?.parentClientConfig?.logger,profile:u=t?.parentClientConfig?.profile,region:m,requestHandler:f=t?.
parentClientConfig?.requestHandler,credentialProviderLogger:g,userAgentAppId:y=t?.parentClientConfig?.userAgentAppId}=t,h=await dC(m,t?.parentClientConfig?.region,
g,{logger:d,profile:u}),S=!fC(f);r=new e({...t,userAgentAppId:y,profile:u,credentialDefaultProvider:()=>async()=>o,region:h,requestHandler:S?f:void 0,logger:d})}
let{Credentials:i,AssumedRoleUser:a}=await r.send(new nn(s));if(!i||!i.AccessKeyId||!i.SecretAccessKey)throw new Error(`Invalid response from STS.assumeRole cal\
l with role ${s.RoleArn}`);let c=lC(a),l={accessKeyId:i.AccessKeyId,secretAccessKey:i.SecretAccessKey,sessionToken:i.SessionToken,expiration:i.Expiration,...i.CredentialScope&&
{credentialScope:i.CredentialScope},...c&&{accountId:c}};return B(l,"CREDENTIALS_STS_ASSUME_ROLE","i"),l}},mC=(t,e)=>{let r;return async o=>{if(!r){let{logger:c=t?.
parentClientConfig?.logger,profile:l=t?.parentClientConfig?.profile,region:d,requestHandler:u=t?.parentClientConfig?.requestHandler,credentialProviderLogger:m,userAgentAppId:f=t?.
parentClientConfig?.userAgentAppId}=t,g=await dC(d,t?.parentClientConfig?.region,m,{logger:c,profile:l}),y=!fC(u);r=new e({...t,userAgentAppId:f,profile:l,region:g,
requestHandler:y?u:void 0,logger:c})}let{Credentials:n,AssumedRoleUser:s}=await r.send(new sn(o));if(!n||!n.AccessKeyId||!n.SecretAccessKey)throw new Error(`Inv\
alid response from STS.assumeRoleWithWebIdentity call with role ${o.RoleArn}`);let i=lC(s),a={accessKeyId:n.AccessKeyId,secretAccessKey:n.SecretAccessKey,sessionToken:n.
SessionToken,expiration:n.Expiration,...n.CredentialScope&&{credentialScope:n.CredentialScope},...i&&{accountId:i}};return i&&B(a,"RESOLVED_ACCOUNT_ID","T"),B(a,
"CREDENTIALS_STS_ASSUME_ROLE_WEB_ID","k"),a}},fC=t=>t?.metadata?.handlerProtocol==="h2"});var hC,yC,EC,dU,xC=p(()=>{gC();Jc();hC=(t,e)=>e?class extends t{constructor(o){super(o);for(let n of e)this.middlewareStack.use(n)}}:t,yC=(t={},e)=>uC(t,hC(xo,e)),
EC=(t={},e)=>mC(t,hC(xo,e)),dU=t=>e=>t({roleAssumer:yC(e),roleAssumerWithWebIdentity:EC(e),...e})});var pg={};nr(pg,{$Command:()=>ir,AssumeRole$:()=>ig,AssumeRoleCommand:()=>nn,AssumeRoleRequest$:()=>HT,AssumeRoleResponse$:()=>jT,AssumeRoleWithWebIdentity$:()=>ag,
AssumeRoleWithWebIdentityCommand:()=>sn,AssumeRoleWithWebIdentityRequest$:()=>GT,AssumeRoleWithWebIdentityResponse$:()=>zT,AssumedRoleUser$:()=>ng,Credentials$:()=>sg,
ExpiredTokenException:()=>si,ExpiredTokenException$:()=>DT,IDPCommunicationErrorException:()=>ui,IDPCommunicationErrorException$:()=>kT,IDPRejectedClaimException:()=>li,
IDPRejectedClaimException$:()=>$T,InvalidContextAssertionException:()=>ii,InvalidContextAssertionException$:()=>LT,InvalidIdentityTokenException:()=>di,InvalidIdentityTokenException$:()=>UT,
MalformedPolicyDocumentException:()=>ai,MalformedPolicyDocumentException$:()=>FT,OriginIdentity$:()=>VT,PackedPolicyTooLargeException:()=>ci,PackedPolicyTooLargeException$:()=>MT,
PolicyDescriptorType$:()=>qT,ProvidedContext$:()=>WT,RegionDisabledException:()=>pi,RegionDisabledException$:()=>BT,STS:()=>tp,STSClient:()=>xo,STSServiceException:()=>ct,
STSServiceException$:()=>NT,Tag$:()=>KT,TransactionContext$:()=>JT,TrustedIdentityPropagationContext$:()=>YT,__Client:()=>Te,decorateDefaultCredentialProvider:()=>dU,
errorTypeRegistries:()=>og,getDefaultRoleAssumer:()=>yC,getDefaultRoleAssumerWithWebIdentity:()=>EC});var lg=p(()=>{Jc();aC();cC();T();mi();Zf();pC();xC();Kc()});var zn,dg=p(()=>{zn=t=>async e=>{t.logger?.debug("@aws-sdk/credential-provider-web-identity - fromWebToken");let{roleArn:r,roleSessionName:o,webIdentityToken:n,
providerId:s,policyArns:i,policy:a,durationSeconds:c}=t,{roleAssumerWithWebIdentity:l}=t;if(!l){let{getDefaultRoleAssumerWithWebIdentity:d}=await Promise.resolve().then(()=>(lg(),pg));
l=d({...t.clientConfig,credentialProviderLogger:t.logger,parentClientConfig:{...e?.callerClientConfig,...t.parentClientConfig}},t.clientPlugins)}return l({RoleArn:r,
RoleSessionName:o??`aws-sdk-js-session-${Date.now()}`,WebIdentityToken:n,ProviderId:s,PolicyArns:i,Policy:a,DurationSeconds:c})}});var RC,SC,uU,mU,_C,wC=p(()=>{M();$();RC=require("node:fs");dg();SC="AWS_WEB_IDENTITY_TOKEN_FILE",uU="AWS_ROLE_ARN",mU="AWS_ROLE_SESSION_NAME",_C=(t={})=>async e=>{
t.logger?.debug("@aws-sdk/credential-provider-web-identity - fromTokenFile");let r=t?.webIdentityTokenFile??process.env[SC],o=t?.roleArn??process.env[uU],n=t?.roleSessionName??
process.env[mU];if(!r||!o)throw new R("Web identity configuration not specified",{logger:t.logger});let s=await zn({...t,webIdentityToken:Ns?.getTokenRecord?.()[r]??
(0,RC.readFileSync)(r,{encoding:"ascii"}),roleArn:o,roleSessionName:n})(e);return r===process.env[SC]&&B(s,"CREDENTIALS_ENV_VARS_STS_WEB_ID_TOKEN","h"),s}});var ug={};nr(ug,{fromTokenFile:()=>_C,fromWebToken:()=>zn});var rp=p(()=>{wC();dg()});var fi,gi,yg,Eg,xg,Sg,op,HC=p(()=>{M();$();fi="AWS_ACCESS_KEY_ID",gi="AWS_SECRET_ACCESS_KEY",yg="AWS_SESSION_TOKEN",Eg="AWS_CREDENTIAL_EXPIRATION",xg="AWS_CREDE\
NTIAL_SCOPE",Sg="AWS_ACCOUNT_ID",op=t=>async()=>{t?.logger?.debug("@aws-sdk/credential-provider-env - fromEnv");let e=process.env[fi],r=process.env[gi],o=process.
env[yg],n=process.env[Eg],s=process.env[xg],i=process.env[Sg];if(e&&r){let a={accessKeyId:e,secretAccessKey:r,...o&&{sessionToken:o},...n&&{expiration:new Date(
n)},...s&&{credentialScope:s},...i&&{accountId:i}};return B(a,"CREDENTIALS_ENV_VARS","g"),a}throw new R("Unable to find environment variable credentials.",{logger:t?.
logger})}});var jC={};nr(jC,{ENV_ACCOUNT_ID:()=>Sg,ENV_CREDENTIAL_SCOPE:()=>xg,ENV_EXPIRATION:()=>Eg,ENV_KEY:()=>fi,ENV_SECRET:()=>gi,ENV_SESSION:()=>yg,fromEnv:()=>op});var Rg=p(
()=>{HC()});var np,sp,_g=p(()=>{np=t=>!!t&&typeof t=="object"&&typeof t.AccessKeyId=="string"&&typeof t.SecretAccessKey=="string"&&typeof t.Token=="string"&&typeof t.Expiration==
"string",sp=t=>({accessKeyId:t.AccessKeyId,secretAccessKey:t.SecretAccessKey,sessionToken:t.Token,expiration:new Date(t.Expiration),...t.AccountId&&{accountId:t.
AccountId}})});var GC,zC,qn,ip=p(()=>{GC=1e3,zC=0,qn=({maxRetries:t=0,timeout:e=1e3})=>({maxRetries:t,timeout:e})});var wg,VC=p(()=>{wg=Lr(require("node:http"))});function So(t){return new Promise((e,r)=>{let o=wg.default.request({method:"GET",...t,hostname:t.hostname?.replace(/^\[(.+)\]$/,"$1")});o.on("error",n=>{r(Object.
assign(new je("Unable to connect to instance metadata service"),n)),o.destroy()}),o.on("timeout",()=>{r(new je("TimeoutError from instance metadata service")),o.
destroy()}),o.on("response",n=>{let{statusCode:s=400}=n;(s<200||300<=s)&&(r(Object.assign(new je("Error response received from instance metadata service"),{statusCode:s})),
o.destroy());let i=[];n.on("data",a=>{i.push(a)}),n.on("end",()=>{e(Buffer.concat(i)),o.destroy()})}),o.end()})}var ap=p(()=>{$();VC()});var hi,Ig=p(()=>{hi=(t,e)=>{let r=t();for(let o=0;o<e;o++)r=r.catch(t);return r}});var Wn,yi,cp,qC,CU,vU,AU,bU,PU,WC=p(()=>{$();_g();ip();ap();Ig();Wn="AWS_CONTAINER_CREDENTIALS_FULL_URI",yi="AWS_CONTAINER_CREDENTIALS_RELATIVE_URI",cp="AWS_CON\
TAINER_AUTHORIZATION_TOKEN",qC=(t={})=>{let{timeout:e,maxRetries:r}=qn(t);return()=>hi(async()=>{let o=await PU({logger:t.logger}),n=JSON.parse(await CU(e,o));if(!np(
n))throw new R("Invalid response received from instance metadata service.",{logger:t.logger});return sp(n)},r)},CU=async(t,e)=>(process.env[cp]&&(e.headers={...e.
headers,Authorization:process.env[cp]}),(await So({...e,timeout:t})).toString()),vU="169.254.170.2",AU=new Set(["localhost","127.0.0.1"]),bU=new Set(["http:","h\
ttps:"]),PU=async({logger:t})=>{if(process.env[yi])return{hostname:vU,path:process.env[yi]};if(process.env[Wn]){let e;try{e=new URL(process.env[Wn])}catch{throw new R(
`${process.env[Wn]} is not a valid container metadata service URL`,{tryNextLink:!1,logger:t})}if(!e.hostname||!AU.has(e.hostname))throw new R(`${e.hostname} is \
not a valid container metadata service hostname`,{tryNextLink:!1,logger:t});if(!e.protocol||!bU.has(e.protocol))throw new R(`${e.protocol} is not a valid contai\
ner metadata service protocol`,{tryNextLink:!1,logger:t});return{protocol:e.protocol,hostname:e.hostname,path:e.pathname+e.search,port:e.port?parseInt(e.port,10):
void 0}}throw new R(`The container metadata credential provider cannot be used unless the ${yi} or ${Wn} environment variable is set`,{tryNextLink:!1,logger:t})}});var pp,KC=p(()=>{$();pp=class t extends R{tryNextLink;name="InstanceMetadataV1FallbackError";constructor(e,r=!0){super(e,r),this.tryNextLink=r,Object.setPrototypeOf(
this,t.prototype)}}});var cn,Tg=p(()=>{(function(t){t.IPv4="http://169.254.169.254",t.IPv6="http://[fd00:ec2::254]"})(cn||(cn={}))});var OU,NU,JC,YC=p(()=>{OU="AWS_EC2_METADATA_SERVICE_ENDPOINT",NU="ec2_metadata_service_endpoint",JC={environmentVariableSelector:t=>t[OU],configFileSelector:t=>t[NU],
default:void 0}});var Ro,Cg=p(()=>{(function(t){t.IPv4="IPv4",t.IPv6="IPv6"})(Ro||(Ro={}))});var DU,kU,XC,QC=p(()=>{Cg();DU="AWS_EC2_METADATA_SERVICE_ENDPOINT_MODE",kU="ec2_metadata_service_endpoint_mode",XC={environmentVariableSelector:t=>t[DU],configFileSelector:t=>t[kU],
default:Ro.IPv4}});var lp,$U,LU,vg=p(()=>{$();F();Tg();YC();Cg();QC();lp=async()=>fe(await $U()||await LU()),$U=async()=>_(JC)(),LU=async()=>{let t=await _(XC)();switch(t){case Ro.
IPv4:return cn.IPv4;case Ro.IPv6:return cn.IPv6;default:throw new Error(`Unsupported endpoint mode: ${t}. Select from ${Object.values(Ro)}`)}}});var UU,Ag,ZC=p(()=>{UU="https://docs.aws.amazon.com/sdkref/latest/guide/feature-static-credentials.html",Ag=(t,e)=>{let r=300+Math.floor(Math.random()*300),o=new Date(
Date.now()+r*1e3);e.warn(`Attempting credential expiration extension due to a credential service availability issue. A refresh of these credentials will be atte\
mpted after ${new Date(o)}.
For more information, please visit: `+UU);let n=t.originalExpiration??t.expiration;return{...t,...n?{originalExpiration:n}:{},expiration:o}}});var ev,tv=p(()=>{ZC();ev=(t,e={})=>{let r=e?.logger||console,o;return async()=>{let n;try{n=await t(),n.expiration&&n.expiration.getTime()<Date.now()&&(n=Ag(n,r))}catch(s){
if(o)r.warn("Credential renew failed: ",s),n=Ag(o,r);else throw s}return o=n,n}}});var nv,FU,bg,rv,ov,sv,MU,BU,HU,jU,iv=p(()=>{$();KC();_g();ip();ap();Ig();vg();tv();nv="/latest/meta-data/iam/security-credentials/",FU="/latest/api/token",bg="A\
WS_EC2_METADATA_V1_DISABLED",rv="ec2_metadata_v1_disabled",ov="x-aws-ec2-metadata-token",sv=(t={})=>ev(MU(t),{logger:t.logger}),MU=(t={})=>{let e=!1,{logger:r,profile:o}=t,
{timeout:n,maxRetries:s}=qn(t),i=async(a,c)=>{if(e||c.headers?.[ov]==null){let u=!1,m=!1,f=await _({environmentVariableSelector:g=>{let y=g[bg];if(m=!!y&&y!=="f\
alse",y===void 0)throw new R(`${bg} not set in env, checking config file next.`,{logger:t.logger});return m},configFileSelector:g=>{let y=g[rv];return u=!!y&&y!==
"false",u},default:!1},{profile:o})();if(t.ec2MetadataV1Disabled||f){let g=[];throw t.ec2MetadataV1Disabled&&g.push("credential provider initialization (runtime\
 option ec2MetadataV1Disabled)"),u&&g.push(`config file profile (${rv})`),m&&g.push(`process environment variable (${bg})`),new pp(`AWS EC2 Metadata v1 fallback\
 has been blocked by AWS SDK configuration in the following: [${g.join(", ")}].`)}}let d=(await hi(async()=>{let u;try{u=await HU(c)}catch(m){throw m.statusCode===
401&&(e=!1),m}return u},a)).trim();return hi(async()=>{let u;try{u=await jU(d,c,t)}catch(m){throw m.statusCode===401&&(e=!1),m}return u},a)};return async()=>{let a=await lp();
if(e)return r?.debug("AWS SDK Instance Metadata","using v1 fallback (no token fetch)"),i(s,{...a,timeout:n});{let c;try{c=(await BU({...a,timeout:n})).toString()}catch(l){
if(l?.statusCode===400)throw Object.assign(l,{message:"EC2 Metadata token request returned error"});return(l.message==="TimeoutError"||[403,404,405].includes(l.
statusCode))&&(e=!0),r?.debug("AWS SDK Instance Metadata","using v1 fallback (initial)"),i(s,{...a,timeout:n})}return i(s,{...a,headers:{[ov]:c},timeout:n})}}},
BU=async t=>So({...t,path:FU,method:"PUT",headers:{"x-aws-ec2-metadata-token-ttl-seconds":"21600"}}),HU=async t=>(await So({...t,path:nv})).toString(),jU=async(t,e,r)=>{
let o=JSON.parse((await So({...e,path:nv+t})).toString());if(!np(o))throw new R("Invalid response received from instance metadata service.",{logger:r.logger});return sp(
o)}});var dp={};nr(dp,{DEFAULT_MAX_RETRIES:()=>zC,DEFAULT_TIMEOUT:()=>GC,ENV_CMDS_AUTH_TOKEN:()=>cp,ENV_CMDS_FULL_URI:()=>Wn,ENV_CMDS_RELATIVE_URI:()=>yi,Endpoint:()=>cn,
fromContainerMetadata:()=>qC,fromInstanceMetadata:()=>sv,getInstanceMetadataEndpoint:()=>lp,httpRequest:()=>So,providerConfigFromInit:()=>qn});var up=p(()=>{WC();
iv();ip();ap();vg();Tg()});var GU,zU,VU,av,cv=p(()=>{$();GU="169.254.170.2",zU="169.254.170.23",VU="[fd00:ec2::23]",av=(t,e)=>{if(t.protocol!=="https:"&&!(t.hostname===GU||t.hostname===zU||
t.hostname===VU)){if(t.hostname.includes("[")){if(t.hostname==="[::1]"||t.hostname==="[0000:0000:0000:0000:0000:0000:0000:0001]")return}else{if(t.hostname==="lo\
calhost")return;let r=t.hostname.split("."),o=n=>{let s=parseInt(n,10);return 0<=s&&s<=255};if(r[0]==="127"&&o(r[1])&&o(r[2])&&o(r[3])&&r.length===4)return}throw new R(
`URL not accepted. It must either be HTTPS or match one of the following:
  - loopback CIDR 127.0.0.0/8 or [::1/128]
  - ECS container host 169.254.170.2
  - EKS container host 169.254.170.23 or [fd00:ec2::23]`,{logger:e})}}});function pv(t){return new j({protocol:t.protocol,hostname:t.hostname,port:Number(t.port),path:t.pathname,query:Array.from(t.searchParams.entries()).reduce((e,[r,
o])=>(e[r]=o,e),{}),fragment:t.hash})}async function lv(t,e){let o=await Ms(t.body).transformToString();if(t.statusCode===200){let n=JSON.parse(o);if(typeof n.AccessKeyId!=
"string"||typeof n.SecretAccessKey!="string"||typeof n.Token!="string"||typeof n.Expiration!="string")throw new R("HTTP credential provider response not of the \
required format, an object matching: { AccessKeyId: string, SecretAccessKey: string, Token: string, Expiration: string(rfc3339) }",{logger:e});return{accessKeyId:n.
AccessKeyId,secretAccessKey:n.SecretAccessKey,sessionToken:n.Token,expiration:xu(n.Expiration)}}if(t.statusCode>=400&&t.statusCode<500){let n={};try{n=JSON.parse(
o)}catch{}throw Object.assign(new R(`Server responded with status: ${t.statusCode}`,{logger:e}),{Code:n.Code,Message:n.Message})}throw new R(`Server responded w\
ith status: ${t.statusCode}`,{logger:e})}var dv=p(()=>{$();F();k();k()});var uv,mv=p(()=>{uv=(t,e,r)=>async()=>{for(let o=0;o<e;++o)try{return await t()}catch{await new Promise(s=>setTimeout(s,r))}return await t()}});var gv,qU,WU,KU,JU,YU,hv,fv,yv=p(()=>{M();$();uo();gv=Lr(require("node:fs/promises"));cv();dv();mv();qU="AWS_CONTAINER_CREDENTIALS_RELATIVE_URI",WU="http://169.\
254.170.2",KU="AWS_CONTAINER_CREDENTIALS_FULL_URI",JU="AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE",YU="AWS_CONTAINER_AUTHORIZATION_TOKEN",hv=(t={})=>{t.logger?.debug(
"@aws-sdk/credential-provider-http - fromHttp");let e,r=t.awsContainerCredentialsRelativeUri??process.env[qU],o=t.awsContainerCredentialsFullUri??process.env[KU],
n=t.awsContainerAuthorizationToken??process.env[YU],s=t.awsContainerAuthorizationTokenFile??process.env[JU],i=t.logger?.constructor?.name==="NoOpLogger"||!t.logger?.
warn?console.warn:t.logger.warn.bind(t.logger);if(r&&o&&(i("@aws-sdk/credential-provider-http: you have set both awsContainerCredentialsRelativeUri and awsConta\
inerCredentialsFullUri."),i("awsContainerCredentialsRelativeUri will take precedence.")),n&&s&&(i("@aws-sdk/credential-provider-http: you have set both awsConta\
inerAuthorizationToken and awsContainerAuthorizationTokenFile."),i("awsContainerAuthorizationTokenFile will take precedence.")),r)e=`${WU}${r}`;else if(o)e=o;else
throw new R(`No HTTP credential provider host provided.
Set AWS_CONTAINER_CREDENTIALS_FULL_URI or AWS_CONTAINER_CREDENTIALS_RELATIVE_URI.`,{logger:t.logger});let a=new URL(e);av(a,t.logger);let c=ke.create({connectionTimeout:t.
timeout??1e3}),l=t.timeout??1e3,d=uv(async()=>{let u=pv(a);s?u.headers.Authorization=fv((await gv.default.readFile(s)).toString()):n&&(u.headers.Authorization=fv(
n));try{let m=await c.handle(u,{requestTimeout:l});return lv(m.response).then(f=>B(f,"CREDENTIALS_HTTP","z"))}catch(m){throw new R(String(m),{logger:t.logger})}},
t.maxRetries??3,t.timeout??1e3);return async()=>{try{return await d()}finally{c.destroy?.()}}},fv=t=>{if(t.includes(`\r
`))throw new R("Authorization token contains invalid \\r\\n sequence.");return t}});var Pg={};nr(Pg,{fromHttp:()=>hv});var Og=p(()=>{yv()});var mp,Ng=p(()=>{mp=t=>t&&(typeof t.sso_start_url=="string"||typeof t.sso_account_id=="string"||typeof t.sso_session=="string"||typeof t.sso_region=="string"||typeof t.
sso_role_name=="string")});var Kn,fp=p(()=>{Kn="To refresh this SSO session run 'aws sso login' with the corresponding profile."});function QU(t){return{schemeId:"aws.auth#sigv4",signingProperties:{name:"sso-oauth",region:t.region},propertiesExtractor:(e,r)=>({signingProperties:{config:e,context:r}})}}
function ZU(t){return{schemeId:"smithy.api#noAuth"}}var Rv,_v,wv,Dg=p(()=>{we();T();Rv=async(t,e,r)=>({operation:ee(e).operation,region:await q(t.region)()||(()=>{
throw new Error("expected `region` to be configured for `aws.auth#sigv4`")})()});_v=t=>{let e=[];return t.operation==="CreateToken"?e.push(ZU(t)):e.push(QU(t)),
e},wv=t=>{let e=lr(t);return Object.assign(e,{authSchemePreference:q(t.authSchemePreference??[])})}});var Iv,Tv,kg=p(()=>{Iv=t=>Object.assign(t,{useDualstackEndpoint:t.useDualstackEndpoint??!1,useFipsEndpoint:t.useFipsEndpoint??!1,defaultSigningName:"sso-oauth"}),
Tv={UseFIPS:{type:"builtInParams",name:"useFipsEndpoint"},Endpoint:{type:"builtInParams",name:"endpoint"},Region:{type:"builtInParams",name:"region"},UseDualStack:{
type:"builtInParams",name:"useDualstackEndpoint"}}});var Ei,pn,gp,Cv,Pv,hp,$g,vv,Lg,Jn,Av,bv,eF,yt,tF,Ov,Nv=p(()=>{W();Ei="ref",pn=-1,gp=!0,Cv="isSet",Pv="PartitionResult",hp="booleanEquals",$g="getAttr",vv={[Ei]:"\
Endpoint"},Lg={[Ei]:Pv},Jn={},Av=[{[Ei]:"Region"}],bv={conditions:[[Cv,[vv]],[Cv,Av],["aws.partition",Av,Pv],[hp,[{[Ei]:"UseFIPS"},gp]],[hp,[{[Ei]:"UseDualStack"},
gp]],[hp,[{fn:$g,argv:[Lg,"supportsDualStack"]},gp]],[hp,[{fn:$g,argv:[Lg,"supportsFIPS"]},gp]],["stringEquals",[{fn:$g,argv:[Lg,"name"]},"aws-us-gov"]]],results:[
[pn],[pn,"Invalid Configuration: FIPS and custom endpoint are not supported"],[pn,"Invalid Configuration: Dualstack and custom endpoint are not supported"],[vv,
Jn],["https://oidc-fips.{Region}.{PartitionResult#dualStackDnsSuffix}",Jn],[pn,"FIPS and DualStack are enabled, but this partition does not support one or both"],
["https://oidc.{Region}.amazonaws.com",Jn],["https://oidc-fips.{Region}.{PartitionResult#dnsSuffix}",Jn],[pn,"FIPS is enabled but this partition does not suppor\
t FIPS"],["https://oidc.{Region}.{PartitionResult#dualStackDnsSuffix}",Jn],[pn,"DualStack is enabled but this partition does not support DualStack"],["https://o\
idc.{Region}.{PartitionResult#dnsSuffix}",Jn],[pn,"Invalid Configuration: Missing Region"]]},eF=2,yt=1e8,tF=new Int32Array([-1,1,-1,0,13,3,1,4,yt+12,2,5,yt+12,3,
8,6,4,7,yt+11,5,yt+9,yt+10,4,11,9,6,10,yt+8,7,yt+6,yt+7,5,12,yt+5,6,yt+4,yt+5,3,yt+1,14,4,yt+2,yt+3]),Ov=ot.from(tF,eF,bv.conditions,bv.results)});var rF,Dv,kv=p(()=>{M();W();Nv();rF=new nt({size:50,params:["Endpoint","Region","UseDualStack","UseFIPS"]}),Dv=(t,e={})=>rF.get(t,()=>Mt(Ov,{endpointParams:t,logger:e.
logger}));Pe.aws=ft});var Ce,yp=p(()=>{T();Ce=class t extends tt{static shapeId="smithy.ts.sdk.synthetic.com.amazonaws.ssooidc#SSOOIDCServiceException";constructor(e){super(e),Object.
setPrototypeOf(this,t.prototype)}}});var xi,Si,Ri,_i,wi,Ii,Ti,Ci,vi,Ai,bi,Ug=p(()=>{yp();xi=class t extends Ce{static shapeId="com.amazonaws.ssooidc#AccessDeniedException";name="AccessDeniedExcepti\
on";$fault="client";error;reason;error_description;constructor(e){super({name:"AccessDeniedException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),
this.error=e.error,this.reason=e.reason,this.error_description=e.error_description}},Si=class t extends Ce{static shapeId="com.amazonaws.ssooidc#AuthorizationPe\
ndingException";name="AuthorizationPendingException";$fault="client";error;error_description;constructor(e){super({name:"AuthorizationPendingException",$fault:"\
client",...e}),Object.setPrototypeOf(this,t.prototype),this.error=e.error,this.error_description=e.error_description}},Ri=class t extends Ce{static shapeId="com\
.amazonaws.ssooidc#ExpiredTokenException";name="ExpiredTokenException";$fault="client";error;error_description;constructor(e){super({name:"ExpiredTokenException",
$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),this.error=e.error,this.error_description=e.error_description}},_i=class t extends Ce{static shapeId="\
com.amazonaws.ssooidc#InternalServerException";name="InternalServerException";$fault="server";error;error_description;constructor(e){super({name:"InternalServer\
Exception",$fault:"server",...e}),Object.setPrototypeOf(this,t.prototype),this.error=e.error,this.error_description=e.error_description}},wi=class t extends Ce{static shapeId="\
com.amazonaws.ssooidc#InvalidClientException";name="InvalidClientException";$fault="client";error;error_description;constructor(e){super({name:"InvalidClientExc\
eption",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),this.error=e.error,this.error_description=e.error_description}},Ii=class t extends Ce{static shapeId="\
com.amazonaws.ssooidc#InvalidGrantException";name="InvalidGrantException";$fault="client";error;error_description;constructor(e){super({name:"InvalidGrantExcept\
ion",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),this.error=e.error,this.error_description=e.error_description}},Ti=class t extends Ce{static shapeId="\
com.amazonaws.ssooidc#InvalidRequestException";name="InvalidRequestException";$fault="client";error;reason;error_description;constructor(e){super({name:"Invalid\
RequestException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),this.error=e.error,this.reason=e.reason,this.error_description=e.error_description}},
Ci=class t extends Ce{static shapeId="com.amazonaws.ssooidc#InvalidScopeException";name="InvalidScopeException";$fault="client";error;error_description;constructor(e){
super({name:"InvalidScopeException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),this.error=e.error,this.error_description=e.error_description}},
vi=class t extends Ce{static shapeId="com.amazonaws.ssooidc#SlowDownException";name="SlowDownException";$fault="client";error;error_description;constructor(e){super(
{name:"SlowDownException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),this.error=e.error,this.error_description=e.error_description}},Ai=class t extends Ce{static shapeId="\
com.amazonaws.ssooidc#UnauthorizedClientException";name="UnauthorizedClientException";$fault="client";error;error_description;constructor(e){super({name:"Unauth\
orizedClientException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),this.error=e.error,this.error_description=e.error_description}},bi=class t extends Ce{static shapeId="\
com.amazonaws.ssooidc#UnsupportedGrantTypeException";name="UnsupportedGrantTypeException";$fault="client";error;error_description;constructor(e){super({name:"Un\
supportedGrantTypeException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),this.error=e.error,this.error_description=e.error_description}}});var oF,nF,sF,iF,aF,cF,pF,lF,dF,uF,mF,fF,gF,hF,yF,EF,xF,SF,RF,_F,kr,wF,IF,TF,CF,vF,ue,AF,_r,bF,PF,wr,OF,$v,Lv,NF,Uv,DF,kF,$F,he,Fv,Mv,dr,Bv,Hv,jv,Gv,zv,Vv,qv,Wv,
Kv,Jv,Yv,Fg,LF,UF,FF,MF,Xv,Qv,Zv,Mg,Ep=p(()=>{X();Ug();yp();oF="AccessDeniedException",nF="AuthorizationPendingException",sF="AccessToken",iF="ClientSecret",aF=
"CreateToken",cF="CreateTokenRequest",pF="CreateTokenResponse",lF="CodeVerifier",dF="ExpiredTokenException",uF="InvalidClientException",mF="InvalidGrantExceptio\
n",fF="InvalidRequestException",gF="InternalServerException",hF="InvalidScopeException",yF="IdToken",EF="RefreshToken",xF="SlowDownException",SF="UnauthorizedCl\
ientException",RF="UnsupportedGrantTypeException",_F="accessToken",kr="client",wF="clientId",IF="clientSecret",TF="codeVerifier",CF="code",vF="deviceCode",ue="e\
rror",AF="expiresIn",_r="error_description",bF="grantType",PF="http",wr="httpError",OF="idToken",$v="reason",Lv="refreshToken",NF="redirectUri",Uv="smithy.ts.sd\
k.synthetic.com.amazonaws.ssooidc",DF="scope",kF="server",$F="tokenType",he="com.amazonaws.ssooidc",Fv=new Q(Uv),Mv=[-3,Uv,"SSOOIDCServiceException",0,[],[]];Fv.
registerError(Mv,Ce);dr=new Q(he),Bv=[-3,he,oF,{[ue]:kr,[wr]:400},[ue,$v,_r],[0,0,0]];dr.registerError(Bv,xi);Hv=[-3,he,nF,{[ue]:kr,[wr]:400},[ue,_r],[0,0]];dr.
registerError(Hv,Si);jv=[-3,he,dF,{[ue]:kr,[wr]:400},[ue,_r],[0,0]];dr.registerError(jv,Ri);Gv=[-3,he,gF,{[ue]:kF,[wr]:500},[ue,_r],[0,0]];dr.registerError(Gv,_i);
zv=[-3,he,uF,{[ue]:kr,[wr]:401},[ue,_r],[0,0]];dr.registerError(zv,wi);Vv=[-3,he,mF,{[ue]:kr,[wr]:400},[ue,_r],[0,0]];dr.registerError(Vv,Ii);qv=[-3,he,fF,{[ue]:kr,
[wr]:400},[ue,$v,_r],[0,0,0]];dr.registerError(qv,Ti);Wv=[-3,he,hF,{[ue]:kr,[wr]:400},[ue,_r],[0,0]];dr.registerError(Wv,Ci);Kv=[-3,he,xF,{[ue]:kr,[wr]:400},[ue,
_r],[0,0]];dr.registerError(Kv,vi);Jv=[-3,he,SF,{[ue]:kr,[wr]:400},[ue,_r],[0,0]];dr.registerError(Jv,Ai);Yv=[-3,he,RF,{[ue]:kr,[wr]:400},[ue,_r],[0,0]];dr.registerError(
Yv,bi);Fg=[Fv,dr],LF=[0,he,sF,8,0],UF=[0,he,iF,8,0],FF=[0,he,lF,8,0],MF=[0,he,yF,8,0],Xv=[0,he,EF,8,0],Qv=[3,he,cF,0,[wF,IF,bF,vF,CF,Lv,DF,NF,TF],[0,[()=>UF,0],
0,0,0,[()=>Xv,0],64,0,[()=>FF,0]],3],Zv=[3,he,pF,0,[_F,$F,AF,Lv,OF],[[()=>LF,0],0,1,[()=>Xv,0],[()=>MF,0]]],Mg=[9,he,aF,{[PF]:["POST","/token",200]},()=>Qv,()=>Zv]});var eA,tA=p(()=>{we();rn();it();on();T();F();k();Dg();kv();Ep();eA=t=>({apiVersion:"2019-06-10",base64Decoder:t?.base64Decoder??Se,base64Encoder:t?.base64Encoder??
me,disableHostPrefix:t?.disableHostPrefix??!1,endpointProvider:t?.endpointProvider??Dv,extensions:t?.extensions??[],httpAuthSchemeProvider:t?.httpAuthSchemeProvider??
_v,httpAuthSchemes:t?.httpAuthSchemes??[{schemeId:"aws.auth#sigv4",identityProvider:e=>e.getIdentityProvider("aws.auth#sigv4"),signer:new ge},{schemeId:"smithy.\
api#noAuth",identityProvider:e=>e.getIdentityProvider("smithy.api#noAuth")||(async()=>({})),signer:new st}],logger:t?.logger??new _e,protocol:t?.protocol??Vr,protocolSettings:t?.
protocolSettings??{defaultNamespace:"com.amazonaws.ssooidc",errorTypeRegistries:Fg,version:"2019-06-10",serviceTarget:"AWSSSOOIDCService"},serviceId:t?.serviceId??
"SSO OIDC",sha256:t?.sha256??ht,urlParser:t?.urlParser??fe,utf8Decoder:t?.utf8Decoder??se,utf8Encoder:t?.utf8Encoder??Z})});var rA,oA=p(()=>{ri();M();we();T();$();mt();k();uo();tA();rA=t=>{Dt(process.version);let e=Ft(t),r=()=>e().then(Nt),o=eA(t);It(process.version);let n={profile:t?.
profile,logger:o.logger};return{...o,...t,runtime:"node",defaultsMode:e,authSchemePreference:t?.authSchemePreference??_(gt,n),bodyLengthChecker:t?.bodyLengthChecker??
Tt,defaultSocketTimeout:hr(t?.requestHandler,3e5),defaultUserAgentProvider:t?.defaultUserAgentProvider??Zt({serviceId:o.serviceId,clientVersion:lo.version}),maxAttempts:t?.
maxAttempts??_(Jt,t),region:t?.region??_(be,{...rt,...n}),requestHandler:ke.create(t?.requestHandler??r),retryMode:t?.retryMode??_({...Xt,default:async()=>(await r()).
retryMode||at},t),streamCollector:t?.streamCollector??Ge,useDualstackEndpoint:t?.useDualstackEndpoint??_(bt,n),useFipsEndpoint:t?.useFipsEndpoint??_(Pt,n),userAgentAppId:t?.
userAgentAppId??_(er,n)}}});var nA,sA,iA=p(()=>{nA=t=>{let e=t.httpAuthSchemes,r=t.httpAuthSchemeProvider,o=t.credentials;return{setHttpAuthScheme(n){let s=e.findIndex(i=>i.schemeId===n.schemeId);
s===-1?e.push(n):e.splice(s,1,n)},httpAuthSchemes(){return e},setHttpAuthSchemeProvider(n){r=n},httpAuthSchemeProvider(){return r},setCredentials(n){o=n},credentials(){
return o}}},sA=t=>({httpAuthSchemes:t.httpAuthSchemes(),httpAuthSchemeProvider:t.httpAuthSchemeProvider(),credentials:t.credentials()})});var aA,cA=p(()=>{M();T();F();iA();aA=(t,e)=>{let r=Object.assign(tr(t),kt(t),Bt(t),nA(t));return e.forEach(o=>o.configure(r)),Object.assign(t,rr(r),$t(r),Ht(r),
sA(r))}});var Pi,Bg=p(()=>{M();it();T();$();W();F();mt();X();Dg();kg();oA();cA();Pi=class extends Te{config;constructor(...[e]){let r=rA(e||{});super(r),this.initConfig=r;
let o=Iv(r),n=qt(o),s=Yt(n),i=Ut(s),a=i,c=ar(a),l=wv(c),d=aA(l,e?.extensions||[]);this.config=d,this.middlewareStack.use(Ot(this.config)),this.middlewareStack.use(
Qt(this.config)),this.middlewareStack.use(pr(this.config)),this.middlewareStack.use(jt(this.config)),this.middlewareStack.use(Gt(this.config)),this.middlewareStack.
use(zt(this.config)),this.middlewareStack.use(Vt(this.config)),this.middlewareStack.use(dt(this.config,{httpAuthSchemeParametersProvider:Rv,identityProviderConfigProvider:async u=>new Ve(
{"aws.auth#sigv4":u.credentials})})),this.middlewareStack.use(ut(this.config))}destroy(){super.destroy()}}});var pA,lA,dA,uA=p(()=>{T();W();kg();pA=Lt(Tv,"AWSSSOOIDCService","SSOOIDCClient",cr),lA={},dA=(t,e,r,o)=>[]});var Oi,Hg=p(()=>{uA();Ep();Oi=class extends pA(lA,dA,"CreateToken",Mg){}});var BF,xp,mA=p(()=>{T();Hg();Bg();BF={CreateTokenCommand:Oi},xp=class extends Pi{};jr(BF,xp)});var fA=p(()=>{Hg()});var HF,jF,gA=p(()=>{HF={KMS_ACCESS_DENIED:"KMS_AccessDeniedException"},jF={KMS_DISABLED_KEY:"KMS_DisabledException",KMS_INVALID_KEY_USAGE:"KMS_InvalidKeyUsageEx\
ception",KMS_INVALID_STATE:"KMS_InvalidStateException",KMS_KEY_NOT_FOUND:"KMS_NotFoundException"}});var hA=p(()=>{});var jg={};nr(jg,{$Command:()=>ir,AccessDeniedException:()=>xi,AccessDeniedException$:()=>Bv,AccessDeniedExceptionReason:()=>HF,AuthorizationPendingException:()=>Si,
AuthorizationPendingException$:()=>Hv,CreateToken$:()=>Mg,CreateTokenCommand:()=>Oi,CreateTokenRequest$:()=>Qv,CreateTokenResponse$:()=>Zv,ExpiredTokenException:()=>Ri,
ExpiredTokenException$:()=>jv,InternalServerException:()=>_i,InternalServerException$:()=>Gv,InvalidClientException:()=>wi,InvalidClientException$:()=>zv,InvalidGrantException:()=>Ii,
InvalidGrantException$:()=>Vv,InvalidRequestException:()=>Ti,InvalidRequestException$:()=>qv,InvalidRequestExceptionReason:()=>jF,InvalidScopeException:()=>Ci,InvalidScopeException$:()=>Wv,
SSOOIDC:()=>xp,SSOOIDCClient:()=>Pi,SSOOIDCServiceException:()=>Ce,SSOOIDCServiceException$:()=>Mv,SlowDownException:()=>vi,SlowDownException$:()=>Kv,UnauthorizedClientException:()=>Ai,
UnauthorizedClientException$:()=>Jv,UnsupportedGrantTypeException:()=>bi,UnsupportedGrantTypeException$:()=>Yv,__Client:()=>Te,errorTypeRegistries:()=>Fg});var Gg=p(
()=>{Bg();mA();fA();T();Ep();gA();Ug();hA();yp()});var yA,EA=p(()=>{yA=async(t,e={},r)=>{let{SSOOIDCClient:o}=await Promise.resolve().then(()=>(Gg(),jg)),n=i=>e.clientConfig?.[i]??e.parentClientConfig?.[i]??r?.[i];
return new o(Object.assign({},e.clientConfig??{},{region:t??e.clientConfig?.region,logger:n("logger"),userAgentAppId:n("userAgentAppId")}))}});var xA,SA=p(()=>{EA();xA=async(t,e,r={},o)=>{let{CreateTokenCommand:n}=await Promise.resolve().then(()=>(Gg(),jg));return(await yA(e,r,o)).send(new n({clientId:t.
clientId,clientSecret:t.clientSecret,refreshToken:t.refreshToken,grantType:"refresh_token"}))}});var zg,RA=p(()=>{$();fp();zg=t=>{if(t.expiration&&t.expiration.getTime()<Date.now())throw new vt(`Token is expired. ${Kn}`,!1)}});var _o,_A=p(()=>{$();fp();_o=(t,e,r=!1)=>{if(typeof e>"u")throw new vt(`Value not present for '${t}' in SSO Token${r?". Cannot refresh":""}. ${Kn}`,!1)}});var wA,GF,IA,TA=p(()=>{$();wA=require("node:fs"),{writeFile:GF}=wA.promises,IA=(t,e)=>{let r=Ts(t),o=JSON.stringify(e,null,2);return GF(r,o)}});var CA,Sp,Vg,vA=p(()=>{$();fp();SA();RA();_A();TA();CA=new Map,Sp=new Map,Vg=(t={})=>async({callerClientConfig:e}={})=>{t.logger?.debug("@aws-sdk/token-provider\
s - fromSso");let r=await Er(t),o=et({profile:t.profile??e?.profile}),n=r[o];if(n){if(!n.sso_session)throw new vt(`Profile '${o}' is missing required property '\
sso_session'.`)}else throw new vt(`Profile '${o}' could not be found in shared credentials file.`,!1);let s=n.sso_session,i=Sp.get(s);if(i)return await i;let c=(await Os(
t))[s];if(!c)throw new vt(`Sso session '${s}' could not be found in shared credentials file.`,!1);for(let x of["sso_start_url","sso_region"])if(!c[x])throw new vt(
`Sso session '${s}' is missing required property '${x}'.`,!1);let l=c.sso_start_url,d=c.sso_region,u;try{u=await vs(s)}catch{throw new vt(`The SSO session token\
 associated with profile=${o} was not found or is invalid. ${Kn}`,!1)}_o("accessToken",u.accessToken),_o("expiresAt",u.expiresAt);let{accessToken:m,expiresAt:f}=u,
g={token:m,expiration:new Date(f)};if(g.expiration.getTime()-Date.now()>3e5)return g;let y=Sp.get(s);if(y)return await y;let h=CA.get(s)??0;if(Date.now()-h<30*1e3)
return zg(g),g;_o("clientId",u.clientId,!0),_o("clientSecret",u.clientSecret,!0),_o("refreshToken",u.refreshToken,!0);let S=(async()=>{try{CA.set(s,Date.now());
let x=await xA(u,d,t,e);_o("accessToken",x.accessToken),_o("expiresIn",x.expiresIn);let v=new Date(Date.now()+x.expiresIn*1e3);try{await IA(s,{...u,accessToken:x.
accessToken,expiresAt:v.toISOString(),refreshToken:x.refreshToken})}catch{}return{token:x.accessToken,expiration:v}}catch{return zg(g),g}})();Sp.set(s,S);try{return await S}finally{
Sp.delete(s)}}});var AA=p(()=>{vA()});function VF(t){return{schemeId:"aws.auth#sigv4",signingProperties:{name:"awsssoportal",region:t.region},propertiesExtractor:(e,r)=>({signingProperties:{config:e,
context:r}})}}function qF(t){return{schemeId:"smithy.api#noAuth"}}var bA,PA,OA,qg=p(()=>{we();T();bA=async(t,e,r)=>({operation:ee(e).operation,region:await q(t.
region)()||(()=>{throw new Error("expected `region` to be configured for `aws.auth#sigv4`")})()});PA=t=>{let e=[];return t.operation==="GetRoleCredentials"?e.push(
qF(t)):e.push(VF(t)),e},OA=t=>{let e=lr(t);return Object.assign(e,{authSchemePreference:q(t.authSchemePreference??[])})}});var NA,DA,Wg=p(()=>{NA=t=>Object.assign(t,{useDualstackEndpoint:t.useDualstackEndpoint??!1,useFipsEndpoint:t.useFipsEndpoint??!1,defaultSigningName:"awsssoporta\
l"}),DA={UseFIPS:{type:"builtInParams",name:"useFipsEndpoint"},Endpoint:{type:"builtInParams",name:"endpoint"},Region:{type:"builtInParams",name:"region"},UseDualStack:{
type:"builtInParams",name:"useDualstackEndpoint"}}});var Ni,ln,Rp,kA,FA,_p,Kg,$A,Jg,Yn,LA,UA,WF,Et,KF,MA,BA=p(()=>{W();Ni="ref",ln=-1,Rp=!0,kA="isSet",FA="PartitionResult",_p="booleanEquals",Kg="getAttr",$A={[Ni]:"\
Endpoint"},Jg={[Ni]:FA},Yn={},LA=[{[Ni]:"Region"}],UA={conditions:[[kA,[$A]],[kA,LA],["aws.partition",LA,FA],[_p,[{[Ni]:"UseFIPS"},Rp]],[_p,[{[Ni]:"UseDualStack"},
Rp]],[_p,[{fn:Kg,argv:[Jg,"supportsDualStack"]},Rp]],[_p,[{fn:Kg,argv:[Jg,"supportsFIPS"]},Rp]],["stringEquals",[{fn:Kg,argv:[Jg,"name"]},"aws-us-gov"]]],results:[
[ln],[ln,"Invalid Configuration: FIPS and custom endpoint are not supported"],[ln,"Invalid Configuration: Dualstack and custom endpoint are not supported"],[$A,
Yn],["https://portal.sso-fips.{Region}.{PartitionResult#dualStackDnsSuffix}",Yn],[ln,"FIPS and DualStack are enabled, but this partition does not support one or\
 both"],["https://portal.sso.{Region}.amazonaws.com",Yn],["https://portal.sso-fips.{Region}.{PartitionResult#dnsSuffix}",Yn],[ln,"FIPS is enabled but this parti\
tion does not support FIPS"],["https://portal.sso.{Region}.{PartitionResult#dualStackDnsSuffix}",Yn],[ln,"DualStack is enabled but this partition does not suppo\
rt DualStack"],["https://portal.sso.{Region}.{PartitionResult#dnsSuffix}",Yn],[ln,"Invalid Configuration: Missing Region"]]},WF=2,Et=1e8,KF=new Int32Array([-1,1,
-1,0,13,3,1,4,Et+12,2,5,Et+12,3,8,6,4,7,Et+11,5,Et+9,Et+10,4,11,9,6,10,Et+8,7,Et+6,Et+7,5,12,Et+5,6,Et+4,Et+5,3,Et+1,14,4,Et+2,Et+3]),MA=ot.from(KF,WF,UA.conditions,
UA.results)});var JF,HA,jA=p(()=>{M();W();BA();JF=new nt({size:50,params:["Endpoint","Region","UseDualStack","UseFIPS"]}),HA=(t,e={})=>JF.get(t,()=>Mt(MA,{endpointParams:t,logger:e.
logger}));Pe.aws=ft});var Wr,Yg=p(()=>{T();Wr=class t extends tt{static shapeId="smithy.ts.sdk.synthetic.com.amazonaws.sso#SSOServiceException";constructor(e){super(e),Object.setPrototypeOf(
this,t.prototype)}}});var wp,Ip,Tp,Cp,Xg=p(()=>{Yg();wp=class t extends Wr{static shapeId="com.amazonaws.sso#InvalidRequestException";name="InvalidRequestException";$fault="client";constructor(e){
super({name:"InvalidRequestException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Ip=class t extends Wr{static shapeId="com.amazonaws.sso#R\
esourceNotFoundException";name="ResourceNotFoundException";$fault="client";constructor(e){super({name:"ResourceNotFoundException",$fault:"client",...e}),Object.
setPrototypeOf(this,t.prototype)}},Tp=class t extends Wr{static shapeId="com.amazonaws.sso#TooManyRequestsException";name="TooManyRequestsException";$fault="cli\
ent";constructor(e){super({name:"TooManyRequestsException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Cp=class t extends Wr{static shapeId="\
com.amazonaws.sso#UnauthorizedException";name="UnauthorizedException";$fault="client";constructor(e){super({name:"UnauthorizedException",$fault:"client",...e}),
Object.setPrototypeOf(this,t.prototype)}}});var YF,XF,QF,ZF,eM,tM,rM,oM,nM,sM,iM,aM,cM,pM,lM,vp,Ap,dM,uM,bp,mM,GA,Pp,fM,gM,hM,zA,yM,EM,xM,ur,VA,SM,Di,RM,_M,wM,IM,qA,TM,CM,vM,AM,bM,PM,WA,Op=p(()=>{X();Xg();
Yg();YF="AccessTokenType",XF="GetRoleCredentials",QF="GetRoleCredentialsRequest",ZF="GetRoleCredentialsResponse",eM="InvalidRequestException",tM="RoleCredential\
s",rM="ResourceNotFoundException",oM="SecretAccessKeyType",nM="SessionTokenType",sM="TooManyRequestsException",iM="UnauthorizedException",aM="accountId",cM="acc\
essKeyId",pM="accessToken",lM="account_id",vp="client",Ap="error",dM="expiration",uM="http",bp="httpError",mM="httpHeader",GA="httpQuery",Pp="message",fM="roleC\
redentials",gM="roleName",hM="role_name",zA="smithy.ts.sdk.synthetic.com.amazonaws.sso",yM="secretAccessKey",EM="sessionToken",xM="x-amz-sso_bearer_token",ur="c\
om.amazonaws.sso",VA=new Q(zA),SM=[-3,zA,"SSOServiceException",0,[],[]];VA.registerError(SM,Wr);Di=new Q(ur),RM=[-3,ur,eM,{[Ap]:vp,[bp]:400},[Pp],[0]];Di.registerError(
RM,wp);_M=[-3,ur,rM,{[Ap]:vp,[bp]:404},[Pp],[0]];Di.registerError(_M,Ip);wM=[-3,ur,sM,{[Ap]:vp,[bp]:429},[Pp],[0]];Di.registerError(wM,Tp);IM=[-3,ur,iM,{[Ap]:vp,
[bp]:401},[Pp],[0]];Di.registerError(IM,Cp);qA=[VA,Di],TM=[0,ur,YF,8,0],CM=[0,ur,oM,8,0],vM=[0,ur,nM,8,0],AM=[3,ur,QF,0,[gM,aM,pM],[[0,{[GA]:hM}],[0,{[GA]:lM}],
[()=>TM,{[mM]:xM}]],3],bM=[3,ur,ZF,0,[fM],[[()=>PM,0]]],PM=[3,ur,tM,0,[cM,yM,EM,dM],[0,[()=>CM,0],[()=>vM,0],1]],WA=[9,ur,XF,{[uM]:["GET","/federation/credentia\
ls",200]},()=>AM,()=>bM]});var KA,JA=p(()=>{we();rn();it();on();T();F();k();qg();jA();Op();KA=t=>({apiVersion:"2019-06-10",base64Decoder:t?.base64Decoder??Se,base64Encoder:t?.base64Encoder??
me,disableHostPrefix:t?.disableHostPrefix??!1,endpointProvider:t?.endpointProvider??HA,extensions:t?.extensions??[],httpAuthSchemeProvider:t?.httpAuthSchemeProvider??
PA,httpAuthSchemes:t?.httpAuthSchemes??[{schemeId:"aws.auth#sigv4",identityProvider:e=>e.getIdentityProvider("aws.auth#sigv4"),signer:new ge},{schemeId:"smithy.\
api#noAuth",identityProvider:e=>e.getIdentityProvider("smithy.api#noAuth")||(async()=>({})),signer:new st}],logger:t?.logger??new _e,protocol:t?.protocol??Vr,protocolSettings:t?.
protocolSettings??{defaultNamespace:"com.amazonaws.sso",errorTypeRegistries:qA,version:"2019-06-10",serviceTarget:"SWBPortalService"},serviceId:t?.serviceId??"S\
SO",sha256:t?.sha256??ht,urlParser:t?.urlParser??fe,utf8Decoder:t?.utf8Decoder??se,utf8Encoder:t?.utf8Encoder??Z})});var YA,XA=p(()=>{ri();M();we();T();$();mt();k();uo();JA();YA=t=>{Dt(process.version);let e=Ft(t),r=()=>e().then(Nt),o=KA(t);It(process.version);let n={profile:t?.
profile,logger:o.logger};return{...o,...t,runtime:"node",defaultsMode:e,authSchemePreference:t?.authSchemePreference??_(gt,n),bodyLengthChecker:t?.bodyLengthChecker??
Tt,defaultSocketTimeout:hr(t?.requestHandler,3e5),defaultUserAgentProvider:t?.defaultUserAgentProvider??Zt({serviceId:o.serviceId,clientVersion:lo.version}),maxAttempts:t?.
maxAttempts??_(Jt,t),region:t?.region??_(be,{...rt,...n}),requestHandler:ke.create(t?.requestHandler??r),retryMode:t?.retryMode??_({...Xt,default:async()=>(await r()).
retryMode||at},t),streamCollector:t?.streamCollector??Ge,useDualstackEndpoint:t?.useDualstackEndpoint??_(bt,n),useFipsEndpoint:t?.useFipsEndpoint??_(Pt,n),userAgentAppId:t?.
userAgentAppId??_(er,n)}}});var QA,ZA,eb=p(()=>{QA=t=>{let e=t.httpAuthSchemes,r=t.httpAuthSchemeProvider,o=t.credentials;return{setHttpAuthScheme(n){let s=e.findIndex(i=>i.schemeId===n.schemeId);
s===-1?e.push(n):e.splice(s,1,n)},httpAuthSchemes(){return e},setHttpAuthSchemeProvider(n){r=n},httpAuthSchemeProvider(){return r},setCredentials(n){o=n},credentials(){
return o}}},ZA=t=>({httpAuthSchemes:t.httpAuthSchemes(),httpAuthSchemeProvider:t.httpAuthSchemeProvider(),credentials:t.credentials()})});var tb,rb=p(()=>{M();T();F();eb();tb=(t,e)=>{let r=Object.assign(tr(t),kt(t),Bt(t),QA(t));return e.forEach(o=>o.configure(r)),Object.assign(t,rr(r),$t(r),Ht(r),
ZA(r))}});var Xn,Qg=p(()=>{M();it();T();$();W();F();mt();X();qg();Wg();XA();rb();Xn=class extends Te{config;constructor(...[e]){let r=YA(e||{});super(r),this.initConfig=r;
let o=NA(r),n=qt(o),s=Yt(n),i=Ut(s),a=i,c=ar(a),l=OA(c),d=tb(l,e?.extensions||[]);this.config=d,this.middlewareStack.use(Ot(this.config)),this.middlewareStack.use(
Qt(this.config)),this.middlewareStack.use(pr(this.config)),this.middlewareStack.use(jt(this.config)),this.middlewareStack.use(Gt(this.config)),this.middlewareStack.
use(zt(this.config)),this.middlewareStack.use(Vt(this.config)),this.middlewareStack.use(dt(this.config,{httpAuthSchemeParametersProvider:bA,identityProviderConfigProvider:async u=>new Ve(
{"aws.auth#sigv4":u.credentials})})),this.middlewareStack.use(ut(this.config))}destroy(){super.destroy()}}});var ob,nb,sb,ib=p(()=>{T();W();Wg();ob=Lt(DA,"SWBPortalService","SSOClient",cr),nb={},sb=(t,e,r,o)=>[]});var Qn,Zg=p(()=>{ib();Op();Qn=class extends ob(nb,sb,"GetRoleCredentials",WA){}});var OM,eh,ab=p(()=>{T();Zg();Qg();OM={GetRoleCredentialsCommand:Qn},eh=class extends Xn{};jr(OM,eh)});var cb=p(()=>{Zg()});var pb=p(()=>{});var lb=p(()=>{Qg();ab();cb();Op();Xg();pb()});var db={};nr(db,{GetRoleCredentialsCommand:()=>Qn,SSOClient:()=>Xn});var ub=p(()=>{lb()});var ki,th,mb=p(()=>{M();AA();$();ki=!1,th=async({ssoStartUrl:t,ssoSession:e,ssoAccountId:r,ssoRegion:o,ssoRoleName:n,ssoClient:s,clientConfig:i,parentClientConfig:a,
callerClientConfig:c,profile:l,filepath:d,configFilepath:u,ignoreCache:m,logger:f})=>{let g,y="To refresh this SSO session run aws sso login with the correspond\
ing profile.";if(e)try{let pt=await Vg({profile:l,filepath:d,configFilepath:u,ignoreCache:m,clientConfig:i,parentClientConfig:a,logger:f})({callerClientConfig:c});
g={accessToken:pt.token,expiresAt:new Date(pt.expiration).toISOString()}}catch(pt){throw new R(pt.message,{tryNextLink:ki,logger:f})}else try{g=await vs(t)}catch{
throw new R(`The SSO session associated with this profile is invalid. ${y}`,{tryNextLink:ki,logger:f})}if(new Date(g.expiresAt).getTime()-Date.now()<=0)throw new R(
`The SSO session associated with this profile has expired. ${y}`,{tryNextLink:ki,logger:f});let{accessToken:h}=g,{SSOClient:S,GetRoleCredentialsCommand:x}=await Promise.resolve().then(()=>(ub(),db)),
v=s||new S(Object.assign({},i??{},{logger:i?.logger??c?.logger??a?.logger,region:i?.region??o,userAgentAppId:i?.userAgentAppId??c?.userAgentAppId??a?.userAgentAppId})),
b;try{b=await v.send(new x({accountId:r,roleName:n,accessToken:h}))}catch(pt){throw new R(pt,{tryNextLink:ki,logger:f})}let{roleCredentials:{accessKeyId:L,secretAccessKey:Y,
sessionToken:ve,expiration:or,credentialScope:Cr,accountId:ce}={}}=b;if(!L||!Y||!ve||!or)throw new R("SSO returns an invalid temporary credential.",{tryNextLink:ki,
logger:f});let Ae={accessKeyId:L,secretAccessKey:Y,sessionToken:ve,expiration:new Date(or),...Cr&&{credentialScope:Cr},...ce&&{accountId:ce}};return e?B(Ae,"CRE\
DENTIALS_SSO","s"):B(Ae,"CREDENTIALS_SSO_LEGACY","u"),Ae}});var Np,rh=p(()=>{$();Np=(t,e)=>{let{sso_start_url:r,sso_account_id:o,sso_region:n,sso_role_name:s}=t;if(!r||!o||!n||!s)throw new R(`Profile is configured with i\
nvalid SSO credentials. Required parameters "sso_account_id", "sso_region", "sso_role_name", "sso_start_url". Got ${Object.keys(t).join(", ")}
Reference: https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-sso.html`,{tryNextLink:!1,logger:e});return t}});var fb,gb=p(()=>{$();Ng();mb();rh();fb=(t={})=>async({callerClientConfig:e}={})=>{t.logger?.debug("@aws-sdk/credential-provider-sso - fromSSO");let{ssoStartUrl:r,
ssoAccountId:o,ssoRegion:n,ssoRoleName:s,ssoSession:i}=t,{ssoClient:a}=t,c=et({profile:t.profile??e?.profile});if(!r&&!o&&!n&&!s&&!i){let d=(await Er(t))[c];if(!d)
throw new R(`Profile ${c} was not found.`,{logger:t.logger});if(!mp(d))throw new R(`Profile ${c} is not configured with SSO credentials.`,{logger:t.logger});if(d?.
sso_session){let S=(await Os(t))[d.sso_session],x=` configurations in profile ${c} and sso-session ${d.sso_session}`;if(n&&n!==S.sso_region)throw new R("Conflic\
ting SSO region"+x,{tryNextLink:!1,logger:t.logger});if(r&&r!==S.sso_start_url)throw new R("Conflicting SSO start_url"+x,{tryNextLink:!1,logger:t.logger});d.sso_region=
S.sso_region,d.sso_start_url=S.sso_start_url}let{sso_start_url:u,sso_account_id:m,sso_region:f,sso_role_name:g,sso_session:y}=Np(d,t.logger);return th({ssoStartUrl:u,
ssoSession:y,ssoAccountId:m,ssoRegion:f,ssoRoleName:g,ssoClient:a,clientConfig:t.clientConfig,parentClientConfig:t.parentClientConfig,callerClientConfig:t.callerClientConfig,
profile:c,filepath:t.filepath,configFilepath:t.configFilepath,ignoreCache:t.ignoreCache,logger:t.logger})}else{if(!r||!o||!n||!s)throw new R('Incomplete configu\
ration. The fromSSO() argument hash must include "ssoStartUrl", "ssoAccountId", "ssoRegion", "ssoRoleName"',{tryNextLink:!1,logger:t.logger});return th({ssoStartUrl:r,
ssoSession:i,ssoAccountId:o,ssoRegion:n,ssoRoleName:s,ssoClient:a,clientConfig:t.clientConfig,parentClientConfig:t.parentClientConfig,callerClientConfig:t.callerClientConfig,
profile:c,filepath:t.filepath,configFilepath:t.configFilepath,ignoreCache:t.ignoreCache,logger:t.logger})}}});var oh={};nr(oh,{fromSSO:()=>fb,isSsoProfile:()=>mp,validateSsoProfile:()=>Np});var nh=p(()=>{gb();Ng();rh()});var hb,sh,yb=p(()=>{M();$();hb=(t,e,r)=>{let o={EcsContainer:async n=>{let{fromHttp:s}=await Promise.resolve().then(()=>(Og(),Pg)),{fromContainerMetadata:i}=await Promise.resolve().then(()=>(up(),dp));
return r?.debug("@aws-sdk/credential-provider-ini - credential_source is EcsContainer"),async()=>Bo(s(n??{}),i(n))().then(sh)},Ec2InstanceMetadata:async n=>{r?.
debug("@aws-sdk/credential-provider-ini - credential_source is Ec2InstanceMetadata");let{fromInstanceMetadata:s}=await Promise.resolve().then(()=>(up(),dp));return async()=>s(
n)().then(sh)},Environment:async n=>{r?.debug("@aws-sdk/credential-provider-ini - credential_source is Environment");let{fromEnv:s}=await Promise.resolve().then(()=>(Rg(),jC));
return async()=>s(n)().then(sh)}};if(t in o)return o[t];throw new R(`Unsupported credential source in profile ${e}. Got ${t}, expected EcsContainer or Ec2Instan\
ceMetadata or Environment.`,{logger:r})},sh=t=>B(t,"CREDENTIALS_PROFILE_NAMED_PROVIDER","p")});var xb,NM,DM,Sb,Eb,Rb=p(()=>{M();$();yb();xb=(t,{profile:e="default",logger:r}={})=>!!t&&typeof t=="object"&&typeof t.role_arn=="string"&&["undefined","string"].
indexOf(typeof t.role_session_name)>-1&&["undefined","string"].indexOf(typeof t.external_id)>-1&&["undefined","string"].indexOf(typeof t.mfa_serial)>-1&&(NM(t,{
profile:e,logger:r})||DM(t,{profile:e,logger:r})),NM=(t,{profile:e,logger:r})=>{let o=typeof t.source_profile=="string"&&typeof t.credential_source>"u";return o&&
r?.debug?.(`    ${e} isAssumeRoleWithSourceProfile source_profile=${t.source_profile}`),o},DM=(t,{profile:e,logger:r})=>{let o=typeof t.credential_source=="stri\
ng"&&typeof t.source_profile>"u";return o&&r?.debug?.(`    ${e} isCredentialSourceProfile credential_source=${t.credential_source}`),o},Sb=async(t,e,r,o,n={},s)=>{
r.logger?.debug("@aws-sdk/credential-provider-ini - resolveAssumeRoleCredentials (STS)");let i=e[t],{source_profile:a,region:c}=i;if(!r.roleAssumer){let{getDefaultRoleAssumer:d}=await Promise.resolve().then(()=>(lg(),pg));
r.roleAssumer=d({...r.clientConfig,credentialProviderLogger:r.logger,parentClientConfig:{...o,...r?.parentClientConfig,region:c??r?.parentClientConfig?.region??
o?.region}},r.clientPlugins)}if(a&&a in n)throw new R(`Detected a cycle attempting to resolve credentials for profile ${et(r)}. Profiles visited: `+Object.keys(
n).join(", "),{logger:r.logger});r.logger?.debug(`@aws-sdk/credential-provider-ini - finding credential resolver using ${a?`source_profile=[${a}]`:`profile=[${t}\
]`}`);let l=a?s(a,e,r,o,{...n,[a]:!0},Eb(e[a]??{})):(await hb(i.credential_source,t,r.logger)(r))();if(Eb(i))return l.then(d=>B(d,"CREDENTIALS_PROFILE_SOURCE_PR\
OFILE","o"));{let d={RoleArn:i.role_arn,RoleSessionName:i.role_session_name||`aws-sdk-js-${Date.now()}`,ExternalId:i.external_id,DurationSeconds:parseInt(i.duration_seconds||
"3600",10)},{mfa_serial:u}=i;if(u){if(!r.mfaCodeProvider)throw new R(`Profile ${t} requires multi-factor authentication, but no MFA code callback was provided.`,
{logger:r.logger,tryNextLink:!1});d.SerialNumber=u,d.TokenCode=await r.mfaCodeProvider(u)}let m=await l;return r.roleAssumer(m,d).then(f=>B(f,"CREDENTIALS_PROFI\
LE_SOURCE_PROFILE","o"))}},Eb=t=>!t.role_arn&&!!t.credential_source});function kM(t){return{schemeId:"aws.auth#sigv4",signingProperties:{name:"signin",region:t.region},propertiesExtractor:(e,r)=>({signingProperties:{config:e,context:r}})}}
function $M(t){return{schemeId:"smithy.api#noAuth"}}var _b,wb,Ib,ih=p(()=>{we();T();_b=async(t,e,r)=>({operation:ee(e).operation,region:await q(t.region)()||(()=>{
throw new Error("expected `region` to be configured for `aws.auth#sigv4`")})()});wb=t=>{let e=[];return t.operation==="CreateOAuth2Token"?e.push($M(t)):e.push(kM(
t)),e},Ib=t=>{let e=lr(t);return Object.assign(e,{authSchemePreference:q(t.authSchemePreference??[])})}});var Tb,Cb,ah=p(()=>{Tb=t=>Object.assign(t,{useDualstackEndpoint:t.useDualstackEndpoint??!1,useFipsEndpoint:t.useFipsEndpoint??!1,defaultSigningName:"signin"}),Cb=
{UseFIPS:{type:"builtInParams",name:"useFipsEndpoint"},Endpoint:{type:"builtInParams",name:"endpoint"},Region:{type:"builtInParams",name:"region"},UseDualStack:{
type:"builtInParams",name:"useDualstackEndpoint"}}});var To,wo,vb,Zn,Ab,es,bb,ph,Kr,ch,Pb,Ob,Io,$b,Nb,Dp,qe,Db,kb,LM,H,UM,Lb,Ub=p(()=>{W();To="ref",wo=-1,vb=!1,Zn=!0,Ab="isSet",es="booleanEquals",bb="coalesce",ph=
"PartitionResult",Kr="stringEquals",ch="getAttr",Pb="https://signin.{Region}.{PartitionResult#dualStackDnsSuffix}",Ob={[To]:"Endpoint"},Io={fn:ch,argv:[{[To]:ph},
"name"]},$b={[To]:"Region"},Nb={[To]:ph},Dp={authSchemes:[{name:"sigv4",signingName:"signin",signingRegion:"{Region}"}]},qe={},Db=[$b],kb={conditions:[[Ab,Db],[
es,[{fn:bb,argv:[{[To]:"IsControlPlane"},vb]},Zn]],[Ab,[Ob]],["aws.partition",Db,ph],[es,[{[To]:"UseFIPS"},Zn]],[Kr,[Io,"aws"]],[es,[{fn:bb,argv:[{[To]:"IsOAuth\
Endpoint"},vb]},Zn]],[es,[{[To]:"UseDualStack"},Zn]],[Kr,[Io,"aws-cn"]],[Kr,[$b,"us-gov-west-1"]],[Kr,[Io,"aws-us-gov"]],[es,[{fn:ch,argv:[Nb,"supportsFIPS"]},Zn]],
[Kr,[Io,"aws-iso"]],[Kr,[Io,"aws-iso-b"]],[Kr,[Io,"aws-iso-f"]],[Kr,[Io,"aws-iso-e"]],[Kr,[Io,"aws-eusc"]],[es,[{fn:ch,argv:[Nb,"supportsDualStack"]},Zn]]],results:[
[wo],["https://signin.{Region}.api.aws",Dp],["https://signin.{Region}.api.amazonwebservices.com.cn",Dp],[Pb,Dp],[wo,"FIPS endpoints are not supported for OAuth \
operations. Disable FIPS or use a non-OAuth operation."],["https://{Region}.oauth.signin.aws",Dp],["https://{Region}.signin.aws.amazon.com",qe],["https://{Regio\
n}.signin.amazonaws.cn",qe],["https://{Region}.signin.amazonaws-us-gov.com",qe],["https://{Region}.signin.c2shome.ic.gov",qe],["https://{Region}.signin.sc2shome\
.sgov.gov",qe],["https://{Region}.signin.csphome.hci.ic.gov",qe],["https://{Region}.signin.csphome.adc-e.uk",qe],["https://{Region}.signin.amazonaws-eusc.eu",qe],
["https://signin-fips.amazonaws-us-gov.com",qe],["https://{Region}.signin-fips.amazonaws-us-gov.com",qe],["https://{Region}.signin.{PartitionResult#dnsSuffix}",
qe],[wo,"Invalid Configuration: FIPS and custom endpoint are not supported"],[wo,"Invalid Configuration: Dualstack and custom endpoint are not supported"],[Ob,qe],
["https://signin-fips.{Region}.{PartitionResult#dualStackDnsSuffix}",qe],[wo,"FIPS and DualStack are enabled, but this partition does not support one or both"],
["https://signin-fips.{Region}.{PartitionResult#dnsSuffix}",qe],[wo,"FIPS is enabled but this partition does not support FIPS"],[Pb,qe],[wo,"DualStack is enable\
d but this partition does not support DualStack"],["https://signin.{Region}.{PartitionResult#dnsSuffix}",qe],[wo,"Invalid Configuration: Missing Region"]]},LM=2,
H=1e8,UM=new Int32Array([-1,1,-1,0,6,3,2,36,4,4,5,H+27,6,H+4,H+27,1,29,7,2,36,8,3,9,31,4,22,10,5,19,11,7,21,12,8,H+7,13,10,H+8,14,12,H+9,15,13,H+10,16,14,H+11,17,
15,H+12,18,16,H+13,H+16,6,H+5,20,7,21,H+6,17,H+24,H+25,6,H+4,23,7,27,24,9,H+14,25,10,H+15,26,11,H+22,H+23,11,28,H+21,17,H+20,H+21,2,35,30,3,39,31,4,32,H+27,6,H+
4,33,7,H+27,34,9,H+14,H+27,3,39,36,4,38,37,7,H+18,H+19,6,H+4,H+17,5,H+1,40,8,H+2,H+3]),Lb=ot.from(UM,LM,kb.conditions,kb.results)});var FM,Fb,Mb=p(()=>{M();W();Ub();FM=new nt({size:50,params:["Endpoint","IsControlPlane","IsOAuthEndpoint","Region","UseDualStack","UseFIPS"]}),Fb=(t,e={})=>FM.get(
t,()=>Mt(Lb,{endpointParams:t,logger:e.logger}));Pe.aws=ft});var Ir,kp=p(()=>{T();Ir=class t extends tt{static shapeId="smithy.ts.sdk.synthetic.com.amazonaws.signin#SigninServiceException";constructor(e){super(e),Object.setPrototypeOf(
this,t.prototype)}}});var $i,Li,Ui,Fi,lh=p(()=>{kp();$i=class t extends Ir{static shapeId="com.amazonaws.signin#AccessDeniedException";name="AccessDeniedException";$fault="client";error;constructor(e){
super({name:"AccessDeniedException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),this.error=e.error}},Li=class t extends Ir{static shapeId="co\
m.amazonaws.signin#InternalServerException";name="InternalServerException";$fault="server";error;constructor(e){super({name:"InternalServerException",$fault:"se\
rver",...e}),Object.setPrototypeOf(this,t.prototype),this.error=e.error}},Ui=class t extends Ir{static shapeId="com.amazonaws.signin#TooManyRequestsError";name="\
TooManyRequestsError";$fault="client";error;constructor(e){super({name:"TooManyRequestsError",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),this.
error=e.error}},Fi=class t extends Ir{static shapeId="com.amazonaws.signin#ValidationException";name="ValidationException";$fault="client";error;constructor(e){
super({name:"ValidationException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),this.error=e.error}}});var MM,BM,HM,jM,GM,zM,VM,qM,WM,KM,JM,YM,XM,QM,ZM,Bb,dh,eB,gh,Hb,jb,tB,Co,uh,rB,mh,oB,Wb,hh,Gb,Le,Lp,nB,$p,zb,Kb,Vb,qb,sB,iB,aB,fh,cB,We,Jb,Yb,Mi,Xb,Qb,Zb,eP,yh,
pB,tP,rP,oP,nP,sP,iP,aP,cP,Eh,xh,Bi=p(()=>{X();lh();kp();MM="AccessDeniedException",BM="AccessToken",HM="CreateOAuth2Token",jM="CreateOAuth2TokenRequest",GM="Cr\
eateOAuth2TokenRequestBody",zM="CreateOAuth2TokenResponseBody",VM="CreateOAuth2TokenResponse",qM="CreateOAuth2TokenWithIAM",WM="CreateOAuth2TokenWithIAMRequest",
KM="CreateOAuth2TokenWithIAMResponse",JM="InternalServerException",YM="OAuthAccessToken",XM="RefreshToken",QM="TooManyRequestsError",ZM="ValidationException",Bb=
"accessKeyId",dh="accessToken",eB="access_token",gh="client",Hb="clientId",jb="codeVerifier",tB="code",Co="error",uh="expiresIn",rB="expires_in",mh="grantType",
oB="grant_type",Wb="http",hh="httpError",Gb="idToken",Le="jsonName",Lp="message",nB="resource",$p="refreshToken",zb="redirectUri",Kb="smithy.ts.sdk.synthetic.co\
m.amazonaws.signin",Vb="secretAccessKey",qb="sessionToken",sB="server",iB="tokenInput",aB="tokenOutput",fh="tokenType",cB="token_type",We="com.amazonaws.signin",
Jb=new Q(Kb),Yb=[-3,Kb,"SigninServiceException",0,[],[]];Jb.registerError(Yb,Ir);Mi=new Q(We),Xb=[-3,We,MM,{[Co]:gh},[Co,Lp],[0,0],2];Mi.registerError(Xb,$i);Qb=
[-3,We,JM,{[Co]:sB,[hh]:500},[Co,Lp],[0,0],2];Mi.registerError(Qb,Li);Zb=[-3,We,QM,{[Co]:gh,[hh]:429},[Co,Lp],[0,0],2];Mi.registerError(Zb,Ui);eP=[-3,We,ZM,{[Co]:gh,
[hh]:400},[Co,Lp],[0,0],2];Mi.registerError(eP,Fi);yh=[Jb,Mi],pB=[0,We,YM,8,0],tP=[0,We,XM,8,0],rP=[3,We,BM,8,[Bb,Vb,qb],[[0,{[Le]:Bb}],[0,{[Le]:Vb}],[0,{[Le]:qb}]],
3],oP=[3,We,jM,0,[iB],[[()=>nP,16]],1],nP=[3,We,GM,0,[Hb,mh,tB,zb,jb,$p],[[0,{[Le]:Hb}],[0,{[Le]:mh}],0,[0,{[Le]:zb}],[0,{[Le]:jb}],[()=>tP,{[Le]:$p}]],2],sP=[3,
We,VM,0,[aB],[[()=>iP,16]],1],iP=[3,We,zM,0,[dh,fh,uh,$p,Gb],[[()=>rP,{[Le]:dh}],[0,{[Le]:fh}],[1,{[Le]:uh}],[()=>tP,{[Le]:$p}],[0,{[Le]:Gb}]],4],aP=[3,We,WM,0,
[mh,nB],[[0,{[Le]:oB}],0],2],cP=[3,We,KM,0,[dh,fh,uh],[[()=>pB,{[Le]:eB}],[0,{[Le]:cB}],[1,{[Le]:rB}]],3],Eh=[9,We,HM,{[Wb]:["POST","/v1/token",200]},()=>oP,()=>sP],
xh=[9,We,qM,{[Wb]:["POST","/v1/token?x-amz-client-auth-method=iam",200]},()=>aP,()=>cP]});var pP,lP=p(()=>{we();rn();it();on();T();F();k();ih();Mb();Bi();pP=t=>({apiVersion:"2023-01-01",base64Decoder:t?.base64Decoder??Se,base64Encoder:t?.base64Encoder??
me,disableHostPrefix:t?.disableHostPrefix??!1,endpointProvider:t?.endpointProvider??Fb,extensions:t?.extensions??[],httpAuthSchemeProvider:t?.httpAuthSchemeProvider??
wb,httpAuthSchemes:t?.httpAuthSchemes??[{schemeId:"aws.auth#sigv4",identityProvider:e=>e.getIdentityProvider("aws.auth#sigv4"),signer:new ge},{schemeId:"smithy.\
api#noAuth",identityProvider:e=>e.getIdentityProvider("smithy.api#noAuth")||(async()=>({})),signer:new st}],logger:t?.logger??new _e,protocol:t?.protocol??Vr,protocolSettings:t?.
protocolSettings??{defaultNamespace:"com.amazonaws.signin",errorTypeRegistries:yh,version:"2023-01-01",serviceTarget:"Signin"},serviceId:t?.serviceId??"Signin",
sha256:t?.sha256??ht,urlParser:t?.urlParser??fe,utf8Decoder:t?.utf8Decoder??se,utf8Encoder:t?.utf8Encoder??Z})});var dP,uP=p(()=>{ri();M();we();T();$();mt();k();uo();lP();dP=t=>{Dt(process.version);let e=Ft(t),r=()=>e().then(Nt),o=pP(t);It(process.version);let n={profile:t?.
profile,logger:o.logger};return{...o,...t,runtime:"node",defaultsMode:e,authSchemePreference:t?.authSchemePreference??_(gt,n),bodyLengthChecker:t?.bodyLengthChecker??
Tt,defaultSocketTimeout:hr(t?.requestHandler,3e5),defaultUserAgentProvider:t?.defaultUserAgentProvider??Zt({serviceId:o.serviceId,clientVersion:lo.version}),maxAttempts:t?.
maxAttempts??_(Jt,t),region:t?.region??_(be,{...rt,...n}),requestHandler:ke.create(t?.requestHandler??r),retryMode:t?.retryMode??_({...Xt,default:async()=>(await r()).
retryMode||at},t),streamCollector:t?.streamCollector??Ge,useDualstackEndpoint:t?.useDualstackEndpoint??_(bt,n),useFipsEndpoint:t?.useFipsEndpoint??_(Pt,n),userAgentAppId:t?.
userAgentAppId??_(er,n)}}});var mP,fP,gP=p(()=>{mP=t=>{let e=t.httpAuthSchemes,r=t.httpAuthSchemeProvider,o=t.credentials;return{setHttpAuthScheme(n){let s=e.findIndex(i=>i.schemeId===n.schemeId);
s===-1?e.push(n):e.splice(s,1,n)},httpAuthSchemes(){return e},setHttpAuthSchemeProvider(n){r=n},httpAuthSchemeProvider(){return r},setCredentials(n){o=n},credentials(){
return o}}},fP=t=>({httpAuthSchemes:t.httpAuthSchemes(),httpAuthSchemeProvider:t.httpAuthSchemeProvider(),credentials:t.credentials()})});var hP,yP=p(()=>{M();T();F();gP();hP=(t,e)=>{let r=Object.assign(tr(t),kt(t),Bt(t),mP(t));return e.forEach(o=>o.configure(r)),Object.assign(t,rr(r),$t(r),Ht(r),
fP(r))}});var Hi,Sh=p(()=>{M();it();T();$();W();F();mt();X();ih();ah();uP();yP();Hi=class extends Te{config;constructor(...[e]){let r=dP(e||{});super(r),this.initConfig=r;
let o=Tb(r),n=qt(o),s=Yt(n),i=Ut(s),a=i,c=ar(a),l=Ib(c),d=hP(l,e?.extensions||[]);this.config=d,this.middlewareStack.use(Ot(this.config)),this.middlewareStack.use(
Qt(this.config)),this.middlewareStack.use(pr(this.config)),this.middlewareStack.use(jt(this.config)),this.middlewareStack.use(Gt(this.config)),this.middlewareStack.
use(zt(this.config)),this.middlewareStack.use(Vt(this.config)),this.middlewareStack.use(dt(this.config,{httpAuthSchemeParametersProvider:_b,identityProviderConfigProvider:async u=>new Ve(
{"aws.auth#sigv4":u.credentials})})),this.middlewareStack.use(ut(this.config))}destroy(){super.destroy()}}});var Up,EP,xP,Fp,Rh=p(()=>{T();W();ah();Up=Lt(Cb,"Signin","SigninClient",cr),EP={IsControlPlane:{type:"staticContextParams",value:!1}},xP={IsOAuthEndpoint:{type:"\
staticContextParams",value:!0}},Fp=(t,e,r,o)=>[]});var ji,_h=p(()=>{Rh();Bi();ji=class extends Up(EP,Fp,"CreateOAuth2Token",Eh){}});var Gi,wh=p(()=>{Rh();Bi();Gi=class extends Up(xP,Fp,"CreateOAuth2TokenWithIAM",xh){}});var lB,Mp,SP=p(()=>{T();_h();wh();Sh();lB={CreateOAuth2TokenCommand:ji,CreateOAuth2TokenWithIAMCommand:Gi},Mp=class extends Hi{};jr(lB,Mp)});var RP=p(()=>{_h();wh()});var dB,_P=p(()=>{dB={AUTHCODE_EXPIRED:"AUTHCODE_EXPIRED",CONFLICT:"CONFLICT",INSUFFICIENT_PERMISSIONS:"INSUFFICIENT_PERMISSIONS",INVALID_REQUEST:"INVALID_REQUES\
T",OAUTH_INVALID_CLIENT:"invalid_client",OAUTH_INVALID_GRANT:"invalid_grant",OAUTH_INVALID_REQUEST:"invalid_request",OAUTH_INVALID_SCOPE:"invalid_scope",OAUTH_INVALID_TARGET:"\
invalid_target",OAUTH_RATE_EXCEEDED:"rate_exceeded",OAUTH_SERVICE_UNAVAILABLE:"service_unavailable",OAUTH_UNSUPPORTED_GRANT_TYPE:"unsupported_grant_type",RESOURCE_NOT_FOUND:"\
RESOURCE_NOT_FOUND",SERVER_ERROR:"server_error",SERVICE_QUOTA_EXCEEDED:"SERVICE_QUOTA_EXCEEDED",TOKEN_EXPIRED:"TOKEN_EXPIRED",USER_CREDENTIALS_CHANGED:"USER_CRE\
DENTIALS_CHANGED"}});var wP=p(()=>{});var IP={};nr(IP,{$Command:()=>ir,AccessDeniedException:()=>$i,AccessDeniedException$:()=>Xb,AccessToken$:()=>rP,CreateOAuth2Token$:()=>Eh,CreateOAuth2TokenCommand:()=>ji,
CreateOAuth2TokenRequest$:()=>oP,CreateOAuth2TokenRequestBody$:()=>nP,CreateOAuth2TokenResponse$:()=>sP,CreateOAuth2TokenResponseBody$:()=>iP,CreateOAuth2TokenWithIAM$:()=>xh,
CreateOAuth2TokenWithIAMCommand:()=>Gi,CreateOAuth2TokenWithIAMRequest$:()=>aP,CreateOAuth2TokenWithIAMResponse$:()=>cP,InternalServerException:()=>Li,InternalServerException$:()=>Qb,
OAuth2ErrorCode:()=>dB,Signin:()=>Mp,SigninClient:()=>Hi,SigninServiceException:()=>Ir,SigninServiceException$:()=>Yb,TooManyRequestsError:()=>Ui,TooManyRequestsError$:()=>Zb,
ValidationException:()=>Fi,ValidationException$:()=>eP,__Client:()=>Te,errorTypeRegistries:()=>yh});var TP=p(()=>{Sh();SP();RP();T();Bi();_P();lh();wP();kp()});var vo,Bp,CP,zi,Hp,vP=p(()=>{$();F();vo=require("node:crypto"),Bp=require("node:fs"),CP=require("node:os"),zi=require("node:path"),Hp=class t{profileData;init;callerClientConfig;static REFRESH_THRESHOLD=300*
1e3;constructor(e,r,o){this.profileData=e,this.init=r,this.callerClientConfig=o}async loadCredentials(){let e=await this.loadToken();if(!e)throw new R(`Failed t\
o load a token for session ${this.loginSession}, please re-authenticate using aws login`,{tryNextLink:!1,logger:this.logger});let r=e.accessToken,o=Date.now();return new Date(
r.expiresAt).getTime()-o<=t.REFRESH_THRESHOLD?this.refresh(e):this.toCredentials(e.accessToken)}get logger(){return this.init?.logger}get loginSession(){return this.
profileData.login_session}toCredentials(e){return{accessKeyId:e.accessKeyId,secretAccessKey:e.secretAccessKey,sessionToken:e.sessionToken,accountId:e.accountId,
expiration:new Date(e.expiresAt)}}async refresh(e){let r=await this.loadToken().catch(()=>e),o=Date.now(),n=new Date(r.accessToken.expiresAt).getTime(),s=new Date(
e.accessToken.expiresAt).getTime(),i=n<=o&&s>o?e:r;if(new Date(i.accessToken.expiresAt).getTime()-Date.now()>t.REFRESH_THRESHOLD)return this.toCredentials(i.accessToken);
let{SigninClient:c,CreateOAuth2TokenCommand:l}=await Promise.resolve().then(()=>(TP(),IP)),{logger:d,userAgentAppId:u}=this.callerClientConfig??{},f=(x=>x?.metadata?.
handlerProtocol==="h2")(this.callerClientConfig?.requestHandler)?void 0:this.callerClientConfig?.requestHandler,g=typeof i.signInRegion=="string"&&i.signInRegion.
length>0?i.signInRegion:void 0,y=g??this.profileData.region??await this.callerClientConfig?.region?.()??process.env.AWS_REGION,h=new c({credentials:{accessKeyId:"",
secretAccessKey:""},region:y,requestHandler:f,logger:d,userAgentAppId:u,...this.init?.clientConfig,...g&&{region:g}});this.createDPoPInterceptor(h.middlewareStack);
let S={tokenInput:{clientId:i.clientId,refreshToken:i.refreshToken,grantType:"refresh_token"}};try{let x=await h.send(new l(S)),{accessKeyId:v,secretAccessKey:b,
sessionToken:L}=x.tokenOutput?.accessToken??{},{refreshToken:Y,expiresIn:ve}=x.tokenOutput??{};if(!v||!b||!L||!Y)throw new R("Token refresh response missing req\
uired fields",{logger:this.logger,tryNextLink:!1});let or=(ve??900)*1e3,Cr=new Date(Date.now()+or),ce={...i,accessToken:{...i.accessToken,accessKeyId:v,secretAccessKey:b,
sessionToken:L,expiresAt:Cr.toISOString()},refreshToken:Y};return await this.saveToken(ce),this.toCredentials(ce.accessToken)}catch(x){if(x.name==="AccessDenied\
Exception"){let b=x.error,L;switch(b){case"TOKEN_EXPIRED":L="Your session has expired. Please reauthenticate.";break;case"USER_CREDENTIALS_CHANGED":L="Unable to\
 refresh credentials because of a change in your password. Please reauthenticate with your new password.";break;case"INSUFFICIENT_PERMISSIONS":L="Unable to refr\
esh credentials due to insufficient permissions. You may be missing permission for the 'CreateOAuth2Token' action.";break;default:L=`Failed to refresh token: ${String(
x)}. Please re-authenticate using \`aws login\``}throw new R(L,{logger:this.logger,tryNextLink:!1})}if(new Date(i.accessToken.expiresAt).getTime()>Date.now())return this.
logger?.warn?.(`Failed to refresh token: ${String(x)}. Using existing token until expiry.`),this.toCredentials(i.accessToken);throw new R(`Failed to refresh tok\
en: ${String(x)}. Please re-authenticate using aws login`,{logger:this.logger})}}async loadToken(){let e=this.getTokenFilePath();try{let r=await Bp.promises.readFile(
e,"utf8"),o=JSON.parse(r),n=["accessToken","clientId","refreshToken","dpopKey"].filter(s=>!o[s]);if(o.accessToken?.accountId||n.push("accountId"),n.length>0)throw new R(
`Token validation failed, missing fields: ${n.join(", ")}`,{logger:this.logger,tryNextLink:!1});return o}catch(r){throw new R(`Failed to load token from ${e}: ${String(
r)}`,{logger:this.logger,tryNextLink:!1})}}async saveToken(e){let r=this.getTokenFilePath(),o=(0,zi.dirname)(r);try{await Bp.promises.mkdir(o,{recursive:!0})}catch{}
await Bp.promises.writeFile(r,JSON.stringify(e,null,2),"utf8")}getTokenFilePath(){let e=process.env.AWS_LOGIN_CACHE_DIRECTORY??(0,zi.join)((0,CP.homedir)(),".aw\
s","login","cache"),r=Buffer.from(this.loginSession,"utf8"),o=(0,vo.createHash)("sha256").update(r).digest("hex");return(0,zi.join)(e,`${o}.json`)}derToRawSignature(e){
let r=2;if(e[r]!==2)throw new Error("Invalid DER signature");r++;let o=e[r++],n=e.subarray(r,r+o);if(r+=o,e[r]!==2)throw new Error("Invalid DER signature");r++;
let s=e[r++],i=e.subarray(r,r+s);n=n[0]===0?n.subarray(1):n,i=i[0]===0?i.subarray(1):i;let a=Buffer.concat([Buffer.alloc(32-n.length),n]),c=Buffer.concat([Buffer.
alloc(32-i.length),i]);return Buffer.concat([a,c])}createDPoPInterceptor(e){e.add(r=>async o=>{if(j.isInstance(o.request)){let n=o.request,s=`${n.protocol}//${n.
hostname}${n.port?`:${n.port}`:""}${n.path}`,i=await this.generateDpop(n.method,s);n.headers={...n.headers,DPoP:i}}return r(o)},{step:"finalizeRequest",name:"dp\
opInterceptor",override:!0})}async generateDpop(e="POST",r){let o=await this.loadToken();try{let n=(0,vo.createPrivateKey)({key:o.dpopKey,format:"pem",type:"sec\
1"}),i=(0,vo.createPublicKey)(n).export({format:"der",type:"spki"}),a=-1;for(let x=0;x<i.length;x++)if(i[x]===4){a=x;break}let c=i.slice(a+1,a+33),l=i.slice(a+33,
a+65),d={alg:"ES256",typ:"dpop+jwt",jwk:{kty:"EC",crv:"P-256",x:c.toString("base64url"),y:l.toString("base64url")}},u={jti:crypto.randomUUID(),htm:e,htu:r,iat:Math.
floor(Date.now()/1e3)},m=Buffer.from(JSON.stringify(d)).toString("base64url"),f=Buffer.from(JSON.stringify(u)).toString("base64url"),g=`${m}.${f}`,y=(0,vo.sign)(
"sha256",Buffer.from(g),n),S=this.derToRawSignature(y).toString("base64url");return`${g}.${S}`}catch(n){throw new R(`Failed to generate Dpop proof: ${n instanceof
Error?n.message:String(n)}`,{logger:this.logger,tryNextLink:!1})}}}});var AP,bP=p(()=>{M();$();vP();AP=t=>async({callerClientConfig:e}={})=>{t?.logger?.debug?.("@aws-sdk/credential-providers - fromLoginCredentials");let r=await Er(
t||{}),o=et({profile:t?.profile??e?.profile}),n=r[o];if(!n?.login_session)throw new R(`Profile ${o} does not contain login_session.`,{tryNextLink:!0,logger:t?.logger});
let i=await new Hp(n,t,e).loadCredentials();return B(i,"CREDENTIALS_LOGIN","AD")}});var PP={};nr(PP,{fromLoginCredentials:()=>AP});var OP=p(()=>{bP()});var NP,DP,kP=p(()=>{M();NP=t=>!!(t&&t.login_session),DP=async(t,e,r)=>{let{fromLoginCredentials:o}=await Promise.resolve().then(()=>(OP(),PP)),n=await o({...e,profile:t})(
{callerClientConfig:r});return B(n,"CREDENTIALS_PROFILE_LOGIN","AC")}});var $P,LP=p(()=>{M();$P=(t,e,r)=>{if(e.Version!==1)throw Error(`Profile ${t} credential_process did not return Version 1.`);if(e.AccessKeyId===void 0||e.SecretAccessKey===
void 0)throw Error(`Profile ${t} credential_process returned invalid credentials.`);if(e.Expiration){let s=new Date;if(new Date(e.Expiration)<s)throw Error(`Pro\
file ${t} credential_process returned expired credentials.`)}let o=e.AccountId;!o&&r?.[t]?.aws_account_id&&(o=r[t].aws_account_id);let n={accessKeyId:e.AccessKeyId,
secretAccessKey:e.SecretAccessKey,...e.SessionToken&&{sessionToken:e.SessionToken},...e.Expiration&&{expiration:new Date(e.Expiration)},...e.CredentialScope&&{credentialScope:e.
CredentialScope},...o&&{accountId:o}};return B(n,"CREDENTIALS_PROCESS","w"),n}});var UP,FP,MP,BP=p(()=>{$();UP=require("node:child_process"),FP=require("node:util");LP();MP=async(t,e,r)=>{let o=e[t];if(e[t]){let n=o.credential_process;if(n!==
void 0){let s=(0,FP.promisify)(Ns?.getTokenRecord?.().exec??UP.exec);try{let{stdout:i}=await s(n),a;try{a=JSON.parse(i.trim())}catch{throw Error(`Profile ${t} c\
redential_process returned invalid JSON.`)}return $P(t,a,e)}catch(i){throw new R(i.message,{logger:r})}}else throw new R(`Profile ${t} did not contain credentia\
l_process.`,{logger:r})}else throw new R(`Profile ${t} could not be found in shared credentials file.`,{logger:r})}});var HP,jP=p(()=>{$();BP();HP=(t={})=>async({callerClientConfig:e}={})=>{t.logger?.debug("@aws-sdk/credential-provider-process - fromProcess");let r=await Er(t);
return MP(et({profile:t.profile??e?.profile}),r,t.logger)}});var Ih={};nr(Ih,{fromProcess:()=>HP});var Th=p(()=>{jP()});var GP,zP,VP=p(()=>{M();GP=t=>!!t&&typeof t=="object"&&typeof t.credential_process=="string",zP=async(t,e)=>{let{fromProcess:r}=await Promise.resolve().then(()=>(Th(),Ih)),
o=await r({...t,profile:e})();return B(o,"CREDENTIALS_PROFILE_PROCESS","v")}});var qP,WP,KP=p(()=>{M();qP=async(t,e,r={},o)=>{let{fromSSO:n}=await Promise.resolve().then(()=>(nh(),oh));return n({profile:t,logger:r.logger,parentClientConfig:r.
parentClientConfig,clientConfig:r.clientConfig})({callerClientConfig:o}).then(s=>e.sso_session?B(s,"CREDENTIALS_PROFILE_SSO","r"):B(s,"CREDENTIALS_PROFILE_SSO_L\
EGACY","t"))},WP=t=>t&&(typeof t.sso_start_url=="string"||typeof t.sso_account_id=="string"||typeof t.sso_session=="string"||typeof t.sso_region=="string"||typeof t.
sso_role_name=="string")});var Ch,vh,JP=p(()=>{M();Ch=t=>!!t&&typeof t=="object"&&typeof t.aws_access_key_id=="string"&&typeof t.aws_secret_access_key=="string"&&["undefined","string"].indexOf(
typeof t.aws_session_token)>-1&&["undefined","string"].indexOf(typeof t.aws_account_id)>-1,vh=async(t,e)=>{e?.logger?.debug("@aws-sdk/credential-provider-ini - \
resolveStaticCredentials");let r={accessKeyId:t.aws_access_key_id,secretAccessKey:t.aws_secret_access_key,sessionToken:t.aws_session_token,...t.aws_credential_scope&&
{credentialScope:t.aws_credential_scope},...t.aws_account_id&&{accountId:t.aws_account_id}};return B(r,"CREDENTIALS_PROFILE","n")}});var YP,XP,QP=p(()=>{M();YP=t=>!!t&&typeof t=="object"&&typeof t.web_identity_token_file=="string"&&typeof t.role_arn=="string"&&["undefined","string"].indexOf(typeof t.
role_session_name)>-1,XP=async(t,e,r)=>{let{fromTokenFile:o}=await Promise.resolve().then(()=>(rp(),ug)),n=await o({webIdentityTokenFile:t.web_identity_token_file,
roleArn:t.role_arn,roleSessionName:t.role_session_name,roleAssumerWithWebIdentity:e.roleAssumerWithWebIdentity,logger:e.logger,parentClientConfig:e.parentClientConfig})(
{callerClientConfig:r});return B(n,"CREDENTIALS_PROFILE_STS_WEB_ID_TOKEN","q")}});var Ah,ZP=p(()=>{$();Rb();kP();VP();KP();JP();QP();Ah=async(t,e,r,o,n={},s=!1)=>{let i=e[t];if(Object.keys(n).length>0&&Ch(i))return vh(i,r);if(s||xb(i,{profile:t,
logger:r.logger}))return Sb(t,e,r,o,n,Ah);if(Ch(i))return vh(i,r);if(YP(i))return XP(i,r,o);if(GP(i))return zP(r,t);if(WP(i))return await qP(t,i,r,o);if(NP(i))return DP(
t,r,o);throw new R(`Could not resolve credentials using profile: [${t}] in configuration/credentials file(s).`,{logger:r.logger})}});var eO,tO=p(()=>{$();ZP();eO=(t={})=>async({callerClientConfig:e}={})=>{t.logger?.debug("@aws-sdk/credential-provider-ini - fromIni");let r=await Er(t);return Ah(
et({profile:t.profile??e?.profile}),r,t,e)}});var rO={};nr(rO,{fromIni:()=>eO});var oO=p(()=>{tO()});var dD=require("node:fs");var w=class extends Error{constructor(r,o,n){super(`${r}: ${ds(o)} ${n}`);this.option=r;this.rule=n;this.name="InputError"}option;rule;exitCode=2},Je=class extends Error{constructor(r,o,n){
super(r,n);this.hint=o;this.name="DeliveryError"}hint;exitCode=1},Ie=class extends Je{constructor(e,r){super(e,r),this.name="PrerequisiteError"}},fr=class extends Je{constructor(e,r,o){
super(e,r,o),this.name="CredentialsError"}},pe=class extends Je{constructor(e,r,o){super(e,r,o),this.name="RegistryError"}},Yr=class extends Je{constructor(e,r){
super(`gave up after ${e} s (timeout-seconds)${r.length?`, still waiting for ${r.join(", ")}`:""}`,"check that the runner can reach AWS and the registry (proxy,\
 firewall, VPC endpoints, AWS_ENDPOINT_URL_*); raise timeout-seconds if the build or push legitimately takes longer"),this.name="DeadlineError"}},ls=class extends Je{constructor(e,r){
super(e,r),this.name="ScanGateError"}},gr=class extends Je{constructor(e){super(e,"check HTTPS_PROXY / HTTP_PROXY (host, port, and the user:password in the URL \
if the proxy wants one), or list the host in NO_PROXY to reach it directly"),this.name="ProxyError"}},ra=class extends Je{exitCode;constructor(e,r){super(`cance\
lled by ${e}${r.length?` while running ${r.join(", ")}`:""}`),this.name="CancelledError",this.exitCode=128+(e==="SIGINT"?2:15)}},wt=class extends Je{constructor(e,r){
super(e,r),this.name="DockerError"}},VD=/[\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff\ufff9-\ufffb]/g;function ds(t,e=80){let r=Array.
from(t.slice(0,e*2)),o=r.length>e||t.length>e*2?`${r.slice(0,e).join("")}\u2026`:t;return JSON.stringify(o).replace(VD,n=>`\\u${n.charCodeAt(0).toString(16).padStart(
4,"0")}`)}function gn(t){return t instanceof w?{message:t.message,exitCode:2}:t instanceof Je?{message:t.message,hint:t.hint,exitCode:t.exitCode}:{message:t instanceof
Error?`${t.name}: ${t.message}`:String(t),exitCode:1}}var py=t=>`ECR_DELIVER_${t.toUpperCase().replace(/-/g,"_")}`,ly=t=>`ECR_DELIVERED_${t.toUpperCase().replace(/-/g,"_")}`;var Ur=[{name:"registry",description:"Registry host, as ECR returns it, e.g. `123456789012.dkr.ecr.eu-west-1.amazonaws.com`."},{name:"repository-uri",description:"\
Repository URI, `<registry>/<repository>`."},{name:"image",description:"Image reference with the commit SHA tag, `<repository-uri>:<sha>`."},{name:"digest",description:"\
Digest (`sha256:\u2026`) of the pushed manifest."},{name:"image-ref",description:"Image reference pinned by digest, `<repository-uri>@<digest>`."},{name:"tags",
type:"list",description:"Tags applied, comma-separated, the SHA first."},{name:"pushed",type:"boolean",description:"`true`, or `false` when nothing was uploaded\
 (skip-existing hit, immutable SHA already there, or push: false)."},{name:"scan-findings",description:'With `scan-wait`: counts by severity as JSON, e.g. `{"CR\
ITICAL":0,"HIGH":2}`; empty without a scan.'}];function No(t,e){let r=t[e];return Array.isArray(r)?r.join(","):String(r)}function dy(t){return Object.fromEntries(
Ur.map(({name:e})=>[e,No(t,e)]))}var Fy=require("node:child_process"),My=require("node:fs");var Ry=require("node:fs");var my=require("node:crypto");var uy=128,qD=/^v?(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$/,
WD=/^refs\/(?:tags\/(.+)|heads\/(.+)|pull\/(\d{1,9})\/(?:merge|head))$/;function Vd(t){let e=WD.exec(t);if(e)return e[1]!==void 0?{tag:e[1]}:e[2]!==void 0?{branch:e[2]}:
{pullRequest:Number(e[3])}}function fy(t,e={}){let r=e.pull_request?.number;if(/^pull_request(_target)?$/.test(t.GITHUB_EVENT_NAME??"")&&Number.isInteger(r))return{
pullRequest:r};let o=t.GITHUB_REF?Vd(t.GITHUB_REF):void 0;return o||(t.GITHUB_REF_TYPE==="tag"&&t.GITHUB_REF_NAME?{tag:t.GITHUB_REF_NAME}:t.GITHUB_REF_TYPE==="b\
ranch"&&t.GITHUB_REF_NAME?{branch:t.GITHUB_REF_NAME}:{})}function gy(t){if(t.CIRCLE_TAG)return{tag:t.CIRCLE_TAG};if(t.CIRCLE_PR_NUMBER&&/^\d{1,9}$/.test(t.CIRCLE_PR_NUMBER))
return{pullRequest:Number(t.CIRCLE_PR_NUMBER)};let e=/\/pull\/(\d{1,9})\/?$/.exec(t.CIRCLE_PULL_REQUEST??"")?.[1];return{...t.CIRCLE_BRANCH?{branch:t.CIRCLE_BRANCH}:
{},...e?{pullRequest:Number(e)}:{}}}function KD(t){let e=qD.exec(t);if(!e)return;let[,r,o,n,s,i]=e,a=t.replace(/^v/,"");if(s!==void 0||i!==void 0)return{tags:[a.
replace("+","_")],version:a};let c=[`${r}.${o}.${n}`,`${r}.${o}`];return r!=="0"&&c.push(r),{tags:c,version:a}}function hy(t){let e=t.toLowerCase().replace(/[^a-z0-9_.-]+/g,
"-").replace(/^[.-]+/,"").replace(/-+$/,""),r=(0,my.createHash)("sha256").update(t).digest("hex").slice(0,7);return e?e.length<=uy?e:`${e.slice(0,uy-r.length-1).
replace(/[.-]+$/,"")}-${r}`:`branch-${r}`}function yy(t,e){let r=[],o;if(e.semverTags&&t.tag!==void 0){let n=KD(t.tag);n&&(r.push(...n.tags),o=n.version)}return e.
branchTag&&(t.branch!==void 0&&r.push(hy(t.branch)),t.pullRequest!==void 0&&r.push(`pr-${t.pullRequest}`)),{tags:[...new Set(r)],version:o}}function Ey(t,e){let r=t.
length||e.tags.length?[...t]:["latest"];for(let o of e.tags)o.includes(".")&&e.version!==void 0?r.push("*.*"):/^pr-\d+$/.test(o)?r.push("pr-*"):r.push(o);return[
...new Set(r)]}var qd=5;function xy(t,e,r){for(let o of t.tags){let n=r(o);if(!n)continue;let s=o===`pr-${e.pullRequest}`||e.branch!==void 0&&o===hy(e.branch)?"\
branch-tag":"semver-tags";throw new w(s,o,`${n} (derived from the git ref)`)}}var hn=require("node:fs");var ne=(t,e)=>r=>t.test(r)?void 0:e;function yn(t,e,r){if(r)throw new w(t,e,r)}var le=(t,e=r=>r)=>({type:"string",parse:(r,o)=>{let n=e(r);return t&&yn(o,n,t(n)),
n}}),lt={type:"boolean",parse:(t,e)=>{if(/^(true|1)$/i.test(t))return!0;if(/^(false|0)$/i.test(t))return!1;throw new w(e,t,"is not a boolean: use true or false")}},
oa=(t,e)=>({type:"integer",parse:(r,o)=>{let n=/^\d{1,6}$/.test(r)?Number(r):NaN;if(!(n>=t&&n<=e))throw new w(o,r,`is not a whole number from ${t} to ${e}`);return n}}),
Xr=(...t)=>({type:"enum",values:t,parse:(e,r)=>{let o=t.find(n=>n.toUpperCase()===e.toUpperCase());if(o===void 0)throw new w(r,e,`is not one of ${t.join(", ")}`);
return o}}),Do=(t,{commas:e=!1,max:r=1/0}={})=>({type:"list",parse:(o,n)=>{let s=o.split(e?/[\n,]/:/\n/).map(i=>i.replace(/\r$/,"").trim()).filter(i=>i!=="");for(let i of s)
yn(n,i,t(i));if(s.length>r)throw new w(n,o,`lists more than ${r} entries`);return[...new Set(s)]}}),En=t=>({type:"path",parse:(e,r)=>(t?.(r,e),e)});function ko(t,e){
if(!(0,hn.existsSync)(e)||!(0,hn.statSync)(e).isFile())throw new w(t,e,"is not a readable file")}function Wd(t,e){ko(t,e);try{JSON.parse((0,hn.readFileSync)(e,"\
utf8"))}catch{throw new w(t,e,"does not contain valid JSON")}}var JD=/^(?:[a-z0-9]+(?:[._-][a-z0-9]+)*\/)*[a-z0-9]+(?:[._-][a-z0-9]+)*$/,YD=/^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/,XD=/^[a-z]{2,4}(?:-[a-z]+)+-\d{1,2}$/,QD=/^[\w+=,.@-]{2,64}$/,
ZD=/^[a-z0-9]+\/[a-z0-9_]+(?:\/[a-z0-9]+)?$/,ek=/^[0-9a-f]{40}$/,tk=/^\d{12}$/,rk=/^[\x21-\x7e]{1,256}$/,Be={repository:t=>t.length>=2&&t.length<=256&&JD.test(t)?
void 0:"is not a valid ECR repository name: lowercase letters and digits, separated by single `.`, `_`, `-` or `/`, 2\u2013256 characters",region:ne(XD,"is not \
an AWS region name like `eu-west-1`"),tag:ne(YD,"is not a valid image tag: `[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}`"),commitSha:ne(ek,"is not a full commit SHA (40 h\
ex characters)"),sessionName:ne(QD,"is not a valid STS session name: `[\\w+=,.@-]`, 2\u201364 characters"),account:ne(tk,"is not an AWS account id (12 digits)"),
audience:ne(rk,"is not a valid audience: 1\u2013256 printable characters, no spaces")},_y=t=>t.split(",").every(e=>ZD.test(e.trim()))?void 0:"is not a comma-sep\
arated list of `os/arch[/variant]`",Sy=/^(\d{12})(?:@([a-z]{2,4}(?:-[a-z]+)+-\d{1,2}))?$/,Kd="public.ecr.aws/",wy={type:"list",parse:(t,e)=>Do(ne(Sy,"is not an \
ECR registry id (12 digits) or `ID@REGION`"),{commas:!0}).parse(t,e).map(r=>{let[,o,n]=Sy.exec(r);return n?{id:o,region:n}:{id:o}})},na=t=>({type:"string",parse:(e,r)=>{
let o=e.startsWith("file://")?e.slice(7):void 0;o!==void 0&&ko(r,o);let n=o!==void 0?(0,Ry.readFileSync)(o,"utf8"):e;if(n.length>t)throw new w(r,e,`is longer th\
an ECR Public's limit of ${t} characters`);return n}}),Iy={type:"string",parse:(t,e)=>{let r=Vd(t);if(!r)throw new w(e,t,"is not a git ref: `refs/tags/NAME`, `r\
efs/heads/NAME` or `refs/pull/N/merge`");return r}},Jd=t=>t.startsWith(Kd),Ty=t=>/^[a-z0-9][a-z0-9-]{1,49}\//.test(t.slice(Kd.length))?void 0:"is not `public.ec\
r.aws/<alias>/<name>`";function Fr(t){return Jd(t)?t.slice(Kd.length).split("/").slice(1).join("/"):t}var Cy="[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})",vy="[A-Za-z0-9.\
_-]{1,100}",ok=new RegExp(`^${Cy}/${vy}$`),nk=new RegExp(`^${Cy}@\\d{1,20}/${vy}@\\d{1,20}$`),Ay=/^(?!\/|-)(?!.*\.\.)(?!.*\/\/)[A-Za-z0-9._/+@*?#-]{1,255}$/,by=/^[^\x00-\x1f\x7f:]{1,255}$/,
Yd=/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/,Py=/^[A-Za-z0-9._/+@*#-]{1,255}$/,Oy=/^arn:aws(?:-[a-z]+)*:kms:[a-z0-9-]+:\d{12}:(?:key\/[0-9a-f-]{36}|alias\/[\w/+=,.@-]+)$/,
Ny=/^[a-z0-9*][a-z0-9._/*-]{0,255}$/,sk=/^(?:https:\/\/)?[a-z0-9.-]+(?::\d+)?(?:\/[\w./-]+)?$/i,Dy=t=>ok.test(t)||nk.test(t)?void 0:"is not a GitHub repository \
like `octo-org/octo-repo`, or `octo-org@123456/octo-repo@456789` with the immutable ids",ky=ne(Ay,"is not a git branch name"),$y=ne(Ay,"is not a git tag name"),
Ly=t=>t.length>=2&&t.length<=30&&!Be.repository(t)?void 0:"is not a pull-through cache prefix (2\u201330 characters, ECR's repository naming rule)",Uy={type:"st\
ring",parse:(t,e)=>(yn(e,t,sk.test(t)?void 0:"is not an OIDC issuer like `ghe.example.com/_services/token`"),t.replace(/^https:\/\//,"").replace(/\/+$/,""))},Xd={
type:"string",parse:t=>!/^(false|0)$/i.test(t)};function ik(t){return t.GITHUB_ACTIONS==="true"?"github":t.CIRCLECI==="true"?"circleci":"other"}function xn(t,e=process.env,r="deliver"){let o=ik(e),n=r==="logi\
n"?"":dk(t,e);return{ci:o,region:Zd(t.awsRegion,e),commitSha:n,sessionName:t.roleSessionName??uk(e),sourceUrl:mk(e),release:r==="login"?{tags:[]}:ak(t,e,o,n)}}function ak(t,e,r,o){
if(!t.semverTags&&!t.branchTag)return{tags:[]};let n=t.gitRef??ck(r,e,o),s=yy(n,t);return xy(s,n,Be.tag),s}function ck(t,e,r){if(t==="github")return fy(e,By(e));
if(t==="circleci")return gy(e);let o=Qd(["describe","--tags","--exact-match",r]);if(o)return{tag:o};let n=Qd(["symbolic-ref","--short","-q","HEAD"]);return n?{branch:n}:
{}}function Qd(t){try{return(0,Fy.execFileSync)("git",t,{encoding:"utf8",stdio:["ignore","pipe","ignore"]}).trim()||void 0}catch{return}}function By(t){if(!t.GITHUB_EVENT_PATH)
return{};try{return JSON.parse((0,My.readFileSync)(t.GITHUB_EVENT_PATH,"utf8"))}catch{return{}}}function Zd(t,e){let r=t??(e.AWS_REGION||e.AWS_DEFAULT_REGION);if(!r)
throw new w("aws-region","","is required: set aws-region, or AWS_REGION / AWS_DEFAULT_REGION");let o=Be.region(r);if(o)throw new w("aws-region",r,o);return r}function Qr(t){
return t.startsWith("cn-")?"aws-cn":t.startsWith("us-gov-")?"aws-us-gov":"aws"}function pk(t){if(/^pull_request(_target)?$/.test(t.GITHUB_EVENT_NAME??"")){let e=By(
t).pull_request?.head?.sha;if(e)return e}return t.GITHUB_SHA}var lk=()=>Qd(["rev-parse","HEAD"]);function dk(t,e){let r=(t.commitSha??pk(e)??e.CIRCLE_SHA1??lk())?.
toLowerCase();if(!r)throw new w("commit-sha","","is required outside GitHub and CircleCI when `git rev-parse HEAD` has no answer");let o=Be.commitSha(r);if(o)throw new w(
"commit-sha",r,o);return r}function uk(t){return`ecr-deliver-${t.GITHUB_RUN_ID?`${t.GITHUB_RUN_ID}-${t.GITHUB_RUN_ATTEMPT??"1"}`:t.CIRCLE_BUILD_NUM??t.CIRCLE_WORKFLOW_JOB_ID??
String(Date.now())}`.replace(/[^\w+=,.@-]/g,"-").slice(0,64)}function mk(t){if(t.GITHUB_REPOSITORY)return`${t.GITHUB_SERVER_URL??"https://github.com"}/${t.GITHUB_REPOSITORY}`;
let e=t.CIRCLE_REPOSITORY_URL;if(e){let r=/^git@([^:]+):(.+?)(?:\.git)?$/.exec(e);return r?`https://${r[1]}/${r[2]}`:e.replace(/\.git$/,"")}return""}var ia=require("node:fs");var $o=require("node:fs");var fk=/^[A-Za-z0-9_.-]{1,128}$/,gk=/^[A-Za-z_][A-Za-z0-9_]*$/,hk=/^[A-Za-z_][A-Za-z0-9_]*=/,yk=/^(PATH|HOME|DOCKER_\w*|BUILDX_\w*|BUILDKIT_\w*|ECR_DELIVER_\w*)$/,
Ek=t=>`ECR_DELIVER_BUILD_SECRET_${t}`,us=t=>t.split(`
`).map(e=>e.replace(/\r$/,"").trim()).filter(Boolean),Hy=t=>t.includes("=")?`${t.split("=")[0]}=***`:"***";function eu(t,e,r){let o=e.slice(0,Math.max(0,e.indexOf(
"=")));if(!o||!fk.test(o))throw new w(t,Hy(e),"is not `id=\u2026` with an id of letters, digits, `_`, `.` or `-`");if(r?.has(o))throw new w(t,Hy(e),"repeats a s\
ecret id");return r?.add(o),o}var jy={type:"list",parse:(t,e)=>{let r=new Set;return us(t).map(o=>{let n=eu(e,o,r),s=o.slice(n.length+1),i=/^env:(.*)$/.exec(s)?.[1];
if(i!==void 0&&!gk.test(i))throw new w(e,`${n}=env:${i}`,"names no valid environment variable");if(i===void 0&&s==="")throw new w(e,`${n}=`,"has an empty value");
return i!==void 0?{id:n,env:i}:{id:n,value:s}})}},Gy={type:"list",parse:(t,e)=>{let r=new Set;return us(t).map(o=>{let n=eu(e,o,r),s=o.slice(n.length+1);if(!(0,$o.existsSync)(
s)||!(0,$o.statSync)(s).isFile())throw new w(e,`${n}=${s}`,"does not name a readable file");return{id:n,path:s}})}},zy={type:"list",parse:(t,e)=>us(t).map(r=>{if(!r.
includes("=")){if(r!=="default")throw new w(e,r,"is not `default` or `id=PATH`");return{id:r}}let o=eu(e,r),n=r.slice(o.length+1);if(!(0,$o.existsSync)(n))throw new w(
e,r,"names no existing key file or agent socket");return{id:o,path:n}})},Vy={type:"list",parse:(t,e)=>{let r=us(t);for(let o of r){let n=o.split("=")[0];if(!hk.
test(o))throw new w(e,o.includes("=")?`${n.slice(0,40)}=***`:"***","is not `KEY=VALUE` with KEY made of letters, digits and `_`");if(yk.test(n))throw new w(e,`${n}\
=***`,"is a name the docker CLI reads from its own environment (PATH, HOME, DOCKER_*, BUILDX_*, BUILDKIT_*)")}return[...new Set(r)]}};function ms(t){return{inline:t.
secrets,files:t.secretFiles,ssh:t.ssh}}var sa=t=>t.inline.length?"secrets":t.files.length?"secret-files":t.ssh.length?"ssh":void 0;function qy(t,e){let r=new Set(
t.inline.map(o=>o.id));for(let o of t.files)if(r.has(o.id))throw new w("secret-files",`${o.id}=${o.path}`,"repeats an id of `secrets`");for(let o of t.inline)if(o.
env&&e[o.env]===void 0)throw new w("secrets",`${o.id}=env:${o.env}`,"names an environment variable that is not set");for(let o of t.ssh)if(!o.path&&!e.SSH_AUTH_SOCK)
throw new w("ssh",o.id,"needs an SSH agent (SSH_AUTH_SOCK is not set), or use `id=PATH` with a key file")}function Wy(t,e){let r=[];for(let o of t.inline){let n=o.
value??e[o.env];n&&r.push(n)}for(let o of t.files){let n=(0,$o.readFileSync)(o.path,"utf8");n.length<=65536&&r.push(n.trim(),...us(n).filter(s=>s.length>=4))}return[
...new Set(r.filter(Boolean))]}function Ky(t){let e=[],r={};t.inline.forEach((o,n)=>{let s=o.env??Ek(n);o.value!==void 0&&(r[s]=o.value),e.push("--secret",`id=${o.
id},env=${s}`)});for(let o of t.files)e.push("--secret",`id=${o.id},src=${o.path}`);for(let o of t.ssh)e.push("--ssh",o.path?`${o.id}=${o.path}`:o.id);return{argv:e,
env:r}}function Jy(t,e){if(t.kmsKey!==void 0&&t.encryptionType!=="KMS")throw new w("kms-key",t.kmsKey,"needs `encryption-type: KMS`");let r={registryType:tu(t)},o={...t,
...r};return xk(o),ru(t.mode,t.dockerCredentialsOutput),Sk(o),e==="deliver"&&Rk(o),r}function tu(t){return Jd(t.repository)?(yn("repository",t.repository,Ty(t.repository)??
Be.repository(Fr(t.repository))),"public"):t.registryType}function xk(t){if(t.registryType==="public"&&t.lifecyclePolicy!==void 0)throw new w("lifecycle-policy",
t.lifecyclePolicy,"does not apply to ECR Public, which has no lifecycle policies");if(t.registryType==="private"){for(let[e,r]of[["catalog-description",t.catalogDescription],
["catalog-about",t.catalogAbout],["catalog-usage",t.catalogUsage]])if(r!==void 0)throw new w(e,r,"applies to ECR Public only: set `registry-type: public`")}}function ru(t,e){
if(t==="deliver"&&e)throw new w("docker-credentials-output","true","applies to `mode: login` only")}function Sk(t){if(t.scanWait&&t.registryType==="public")throw new w(
"scan-wait","true","does not apply to ECR Public, which does not scan images");if(!t.scanWait){if(t.scanStart)throw new w("scan-start","true","needs `scan-wait:\
 true` (a started scan is only useful when the run waits for it)");if(t.failOnSeverity!=="none")throw new w("fail-on-severity",t.failOnSeverity,"needs `scan-wai\
t: true`: the gate reads the scan the run waits for")}}function Rk(t){if(t.image!==void 0){let e=[["dockerfile",t.dockerfile],["target",t.target],["platform",t.
platform],["build-args",t.buildArgs.map(o=>`${o.split("=")[0]}=***`).join(`
`)||void 0],["labels",t.labels.join(`
`)||void 0]];for(let[o,n]of e)if(n!==void 0)throw new w(o,n,"cannot be combined with `image` (nothing is built)");let r=sa(ms(t));if(r)throw new w(r,"***","cann\
ot be combined with `image` (nothing is built)");return}t.skipExisting||ou(t)}function ou(t){if(!(0,ia.existsSync)(t.context)||!(0,ia.statSync)(t.context).isDirectory())
throw new w("context",t.context,"is not a directory");ko("dockerfile",fs(t))}function fs(t){return t.dockerfile??`${t.context.replace(/\/+$/,"")}/Dockerfile`}var _k=/^arn:aws(?:-[a-z]+)*:iam::\d{12}:role\/[\w+=,.@/-]{1,512}$/,wk=/^(?:arn:aws(?:-[a-z]+)*:kms:[a-z0-9-]+:\d{12}:(?:key\/[0-9a-f-]{36}|alias\/[\w/+=,.@-]+)|alias\/[\w/+=,.@-]+|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/,
Ik=/^[A-Za-z0-9][A-Za-z0-9_.-]{0,127}$/,Tk=/^[a-z0-9][a-z0-9._/-]*(?::[A-Za-z0-9_][A-Za-z0-9_.-]{0,127})?(?:@sha256:[a-f0-9]{64})?$|^(?:sha256:)?[a-f0-9]{12,64}$/,
Ck=100,vk=/^[A-Za-z_][A-Za-z0-9_]{0,255}$/,Ak=/^[A-Za-z0-9][A-Za-z0-9._/-]{0,255}=/,gs="sts.amazonaws.com",Lo=["CRITICAL","HIGH","MEDIUM","LOW"],Yy=[{name:"repo\
sitory",field:"repository",...le(Be.repository),required:!0,description:"ECR repository name, e.g. `team/api`. Validated against ECR's naming rule before any AW\
S call.",iamPolicy:{value:"NAME",description:"ECR repository the role delivers to."}},{name:"aws-region",field:"awsRegion",...le(Be.region),defaultText:"`AWS_RE\
GION`, then `AWS_DEFAULT_REGION`",description:"Region of the registry.",iamPolicy:{value:"REGION"}},{name:"role-to-assume",field:"roleToAssume",...le(ne(_k,"is \
not an IAM role ARN like `arn:aws:iam::123456789012:role/name`")),defaultText:"none: the ambient AWS credential chain",description:"IAM role ARN, assumed with `\
AssumeRoleWithWebIdentity` using the CI's OIDC token."},{name:"audience",field:"audience",...le(Be.audience),default:gs,description:"Audience asked for the GitH\
ub OIDC token (CircleCI tokens are used as issued).",iamPolicy:{value:"AUD",description:"Pinned `aud` of the trust policy.",default:void 0,defaultText:"sts.amaz\
onaws.com on GitHub, the org id on CircleCI"}},{name:"web-identity-token-file",field:"webIdentityTokenFile",...En(ko),defaultText:"`AWS_WEB_IDENTITY_TOKEN_FILE`",
description:"OIDC token file, for CIs other than GitHub and CircleCI."},{name:"role-session-name",field:"roleSessionName",...le(Be.sessionName),defaultText:"der\
ived from the CI run, e.g. `ecr-deliver-<run id>`",description:"STS session name (STS's charset `[\\w+=,.@-]`, 2\u201364 characters)."},{name:"role-duration-sec\
onds",field:"roleDurationSeconds",...oa(900,43200),default:"3600",description:"Lifetime of the assumed role's credentials, 900\u201343200."},{name:"registry-id",
field:"registryId",...le(Be.account),defaultText:"the caller's account",description:"Account id (12 digits) that owns the registry, for cross-account pushes.",iamPolicy:{
value:"ID",defaultText:"`account-id`"}},{name:"create-repository",field:"createRepository",...lt,default:"true",description:"Create the repository when it is mi\
ssing.",iamPolicy:{value:"true|false",description:"The delivery may create the repository."}},{name:"image-tag-mutability",field:"imageTagMutability",...Xr("MUT\
ABLE","IMMUTABLE","IMMUTABLE_WITH_EXCLUSION"),default:"MUTABLE",description:"Tag mutability of a created repository: MUTABLE, IMMUTABLE or IMMUTABLE_WITH_EXCLUS\
ION (the extra `tags` stay mutable)."},{name:"scan-on-push",field:"scanOnPush",...lt,default:"true",description:"Scan on push, for a created repository."},{name:"\
encryption-type",field:"encryptionType",...Xr("AES256","KMS"),default:"AES256",description:"Encryption of a created repository: AES256 or KMS (`kms-key` with KM\
S).",iamPolicy:{value:"AES256|KMS",description:"Encryption of a created repository; KMS adds the KMS grants ECR needs."}},{name:"kms-key",field:"kmsKey",...le(ne(
wk,"is not a KMS key ARN, key id or `alias/\u2026`")),description:"KMS key ARN, id or alias, with `encryption-type: KMS`.",iamPolicy:{value:"ARN",description:"K\
MS key ARN of a created repository.",defaultText:"any key of the account",...le(ne(Oy,"is not a KMS key or alias ARN like `arn:aws:kms:eu-west-1:123456789012:ke\
y/\u2026`"))}},{name:"lifecycle-policy",field:"lifecyclePolicy",...En(Wd),description:"Path to a lifecycle policy JSON file, applied to the repository.",iamPolicy:{
value:"FILE|true",description:"The delivery applies a lifecycle policy.",default:"false",...Xd}},{name:"repository-policy",field:"repositoryPolicy",...En(Wd),description:"\
Path to a repository policy JSON file, applied to the repository.",iamPolicy:{value:"FILE|true",description:"The delivery applies a repository policy.",default:"\
false",...Xd}},{name:"context",field:"context",...En(),default:".",description:"Build context directory."},{name:"dockerfile",field:"dockerfile",...En(),defaultText:"\
`Dockerfile` in the context",description:"Dockerfile path."},{name:"build-args",field:"buildArgs",...Vy,description:"Build arguments, newline-separated `KEY=VAL\
UE`; values are never printed (names only) and reach docker through its environment, not argv."},{name:"target",field:"target",...le(ne(Ik,"is not a build stage\
 name")),description:"Build stage to build."},{name:"platform",field:"platform",...le(_y),description:"Target platforms, e.g. `linux/amd64,linux/arm64` (needs b\
uildx)."},{name:"cache",field:"cache",...lt,default:"true",description:"Reuse the layers of the latest image in the repository on a fresh runner (inline cache o\
n BuildKit, a pull and `--cache-from` on the classic builder); works in IMMUTABLE repositories, and a missing or failing cache never fails a delivery.",iamPolicy:{
value:"true|false",description:"The delivery uses the layer cache."}},{name:"provenance",field:"provenance",...lt,default:"false",description:"BuildKit provenan\
ce/SBOM attestations (needs buildx). Off by default: the attestation index shows up as untagged images in ECR and breaks Lambda deploys."},{name:"image",field:"\
image",...le(ne(Tk,"is not a local image reference like `name:tag` or an image id")),description:"Push this existing local image instead of building."},{name:"c\
ommit-sha",field:"commitSha",...le(Be.commitSha,t=>t.toLowerCase()),defaultText:"`GITHUB_SHA` (the PR head on `pull_request`), `CIRCLE_SHA1`, else `git rev-pars\
e HEAD`",description:"Commit SHA the image is tagged with (40 hex characters)."},{name:"tags",field:"tags",...Do(Be.tag,{commas:!0,max:Ck}),description:"Extra t\
ags, newline- or comma-separated; the commit SHA tag is always applied."},{name:"skip-existing",field:"skipExisting",...lt,default:"false",description:"When the\
 SHA tag already exists in ECR: no build, no layer upload; extra tags are added to the existing image by manifest copy."},{name:"push",field:"push",...lt,default:"\
true",description:"Push to ECR; `false` builds and tags only (pull-request builds).",iamPolicy:{value:"true|false",description:"The delivery pushes; `false`: bu\
ild-only runs that just look the repository up."}},{name:"web-identity-token-env",field:"webIdentityTokenEnv",...le(ne(vk,"is not an environment variable name (\
letters, digits, `_`)")),description:"Name of an environment variable that holds the OIDC token, for CIs other than GitHub and CircleCI (no token file needed)."},
{name:"pull-registries",field:"pullRegistries",...wy,description:"Other ECR registries docker is logged in to before the build, so `FROM` and cache pulls can re\
ad them: account ids (12 digits), or `ID@REGION` for another region, comma- or newline-separated.",iamPolicy:{value:"IDS",description:"Base-image registries the\
 build pulls from: account ids or `ID@REGION`, comma-separated (as given to the delivery)."}},{name:"registry-type",field:"registryType",...Xr("private","public"),
default:"private",description:"`private`, or `public` for ECR Public (`public.ecr.aws`; also chosen by a repository given as `public.ecr.aws/<alias>/<name>`).",
iamPolicy:{value:"private|public",description:"`public`: the ECR Public actions instead.",defaultText:"private, or public for a public.ecr.aws/ repository"}},{name:"\
catalog-description",field:"catalogDescription",...na(1024),description:"ECR Public: short description of a created repository (text, or `file://PATH`)."},{name:"\
catalog-about",field:"catalogAbout",...na(25600),description:'ECR Public: "About" text (markdown) of a created repository (text, or `file://PATH`).'},{name:"cat\
alog-usage",field:"catalogUsage",...na(25600),description:'ECR Public: "Usage" text (markdown) of a created repository (text, or `file://PATH`).'},{name:"mode",
field:"mode",...Xr("deliver","login"),default:"deliver",githubOnly:!0,description:"GitHub Action only: `deliver`, or `login`: credentials and docker login to th\
e registry and every `pull-registries` id, in the job's docker config, for later docker steps (like the orb's `ecr/login` and the CLI's `login`)."},{name:"docke\
r-credentials-output",field:"dockerCredentialsOutput",...lt,default:"false",githubOnly:!0,description:"GitHub Action, `login` mode: set masked outputs `docker-u\
sername` and `docker-password` for a later job's `services:` credentials (they are secrets: see the README)."},{name:"skip-logout",field:"skipLogout",...lt,default:"\
false",githubOnly:!0,description:"GitHub Action, `login` mode: keep the docker login after the job (the post step does not log out; shared self-hosted runners)."},
{name:"timeout-seconds",field:"timeoutSeconds",...oa(1,86400),default:"3600",description:"Upper bound on the whole run (AWS calls, build, push), 1\u201386400; a hung\
 endpoint fails the step instead of the CI job's own timeout. Each AWS call also gives up after 5 attempts of at most 30 s."},{name:"secrets",field:"secrets",...jy,
description:"Build secrets, lines `id=VALUE` or `id=env:NAME`, for `RUN --mount=type=secret,id=\u2026` (BuildKit); masked, never in argv, layers or history."},{
name:"secret-files",field:"secretFiles",...Gy,description:"Build secrets from files, lines `id=PATH` (BuildKit)."},{name:"ssh",field:"ssh",...zy,description:"SS\
H agent or keys for `RUN --mount=type=ssh` (BuildKit): `default` (the agent at `SSH_AUTH_SOCK`) or lines `id=PATH`."},{name:"semver-tags",field:"semverTags",...lt,
default:"false",description:"On a semantic-version git tag (`v1.2.3` or `1.2.3`): also tag `1.2.3`, `1.2` and `1` (pre-releases only their own tag, `0.y.z` no `\
0`). `latest` only when listed in `tags`."},{name:"branch-tag",field:"branchTag",...lt,default:"false",description:"Also tag the branch name made a valid tag (`\
feature/Login` \u2192 `feature-login`, cut to 128 characters with a hash suffix), and `pr-<number>` on pull requests."},{name:"git-ref",field:"gitRef",...Iy,defaultText:"\
`GITHUB_REF`; `CIRCLE_TAG`, `CIRCLE_BRANCH`, `CIRCLE_PULL_REQUEST`; else `git describe --tags --exact-match` and the checked-out branch",description:"The git re\
f `semver-tags` and `branch-tag` read: `refs/tags/NAME`, `refs/heads/NAME` or `refs/pull/N/merge`."},{name:"labels",field:"labels",...Do(ne(Ak,"is not `key=valu\
e` with a key of letters, digits, `.`, `_`, `-` and `/`")),description:"Extra OCI labels, lines `key=value`, added to the ones always set (revision, source, cre\
ated; version from a semver tag); a key given here wins."},{name:"scan-wait",field:"scanWait",...lt,default:"false",description:"After the push, wait for ECR's \
scan of the pushed digest (basic or enhanced scanning) and report the findings (`scan-findings`, the summary).",iamPolicy:{value:"true|false",description:"The d\
elivery waits for the image scan."}},{name:"scan-start",field:"scanStart",...lt,default:"false",description:"With `scan-wait`: start a basic scan (`StartImageSc\
an`) when the repository did not scan the image on push.",iamPolicy:{value:"true|false",description:"With `--scan-wait`: the delivery may start a scan."}},{name:"\
scan-timeout-seconds",field:"scanTimeoutSeconds",...oa(1,86400),default:"600",description:"How long `scan-wait` waits for the scan, 1\u201386400 (also bounded by `ti\
meout-seconds`)."},{name:"fail-on-severity",field:"failOnSeverity",...Xr(...Lo,"none"),default:"none",description:"With `scan-wait`: exit 1 when findings at or \
above CRITICAL, HIGH, MEDIUM or LOW exist, or when the scan cannot be had (after all outputs are set; the image stays pushed). `none` only reports."},{name:"acc\
ount-id",field:"accountId",...le(Be.account),required:!0,iamPolicyOnly:!0,iamPolicy:{value:"ID"},description:"AWS account id (12 digits) of the role and its OID\
C provider."},{name:"provider",field:"provider",...Xr("github","circleci","none"),iamPolicyOnly:!0,iamPolicy:{value:"github|circleci|none",defaultText:"github w\
ith `--repo`, circleci with `--org-id`"},description:"Whose OIDC tokens the role trusts; `none` prints the permissions policy only."},{name:"repo",field:"repo",
...le(Dy),iamPolicyOnly:!0,iamPolicy:{value:"OWNER/REPO"},description:"GitHub repository, or its immutable form OWNER@ID/REPO@ID when its OIDC subject carries i\
ds."},{name:"branch",field:"branch",...le(ky,t=>t.replace(/^refs\/heads\//,"")),iamPolicyOnly:!0,iamPolicy:{value:"BRANCH",defaultText:"`main`"},description:"Gi\
tHub branch allowed to deliver (`*` patterns allowed)."},{name:"tag",field:"tag",...le($y,t=>t.replace(/^refs\/tags\//,"")),iamPolicyOnly:!0,iamPolicy:{value:"T\
AG"},description:"GitHub tag allowed to deliver, for release workflows on tag pushes (`v*` patterns allowed; instead of `--branch`)."},{name:"environment",field:"\
environment",...le(ne(by,"is not a GitHub environment name (1\u2013255 characters, no `:`)")),iamPolicyOnly:!0,iamPolicy:{value:"NAME"},description:"GitHub envi\
ronment allowed to deliver, for jobs that use `environment:` (instead of `--branch`)."},{name:"pull-request",field:"pullRequest",...lt,default:"false",iamPolicyOnly:!0,
iamPolicy:{value:"true|false"},description:"Trust runs on `pull_request` events of the repository instead of a branch (pair it with `--push false`)."},{name:"gi\
thub-issuer",field:"githubIssuer",...Uy,iamPolicyOnly:!0,iamPolicy:{value:"HOST",defaultText:"token.actions.githubusercontent.com"},description:"GitHub Enterpri\
se Server's OIDC issuer, `HOST/_services/token`."},{name:"org-id",field:"orgId",...le(ne(Yd,"is not a CircleCI organization id (a lowercase UUID)")),iamPolicyOnly:!0,
iamPolicy:{value:"UUID"},description:"CircleCI organization id (Organization Settings > Overview)."},{name:"project-id",field:"projectId",...le(ne(Yd,"is not a \
CircleCI project id (a lowercase UUID)")),iamPolicyOnly:!0,iamPolicy:{value:"UUID"},description:"CircleCI project id allowed to deliver (required with `--org-id\
`: without it every project of the org, with any context, could deliver)."},{name:"vcs-ref",field:"vcsRef",...le(ne(Py,"is not a git ref like `refs/heads/main`")),
iamPolicyOnly:!0,iamPolicy:{value:"REF"},description:"CircleCI: pin the git ref too, e.g. `refs/heads/main` (matched in the sub of `CIRCLE_OIDC_TOKEN_V2`, which\
 the orb uses; `*` patterns allowed)."},{name:"pull-repositories",field:"pullRepositories",...Do(ne(Ny,"is not a repository name pattern (lowercase name, `*` wi\
ldcards)"),{commas:!0}),iamPolicyOnly:!0,iamPolicy:{value:"PATTERNS",defaultText:"every repository, `*`"},description:"Repositories of the `--pull-registries` t\
he build pulls, name patterns, comma-separated."},{name:"pull-through",field:"pullThrough",...Do(Ly,{commas:!0}),iamPolicyOnly:!0,iamPolicy:{value:"PREFIXES"},description:"\
Pull-through cache prefixes of the target registry the build pulls from (adds `ecr:BatchImportUpstreamImage` and `ecr:CreateRepository` on `PREFIX/*`)."},{name:"\
only",field:"only",...Xr("permissions","trust"),iamPolicyOnly:!0,iamPolicy:{value:"permissions|trust"},description:"Print just that one policy document, ready f\
or `aws iam \u2026 file://`."}],bk=t=>!t.iamPolicyOnly,hs=Yy.filter(bk),aa=["aws-region","role-to-assume","audience","web-identity-token-file","role-session-nam\
e","role-duration-seconds","registry-id","web-identity-token-env","pull-registries","registry-type"];function Pk(t,e){let r="default"in e?e.default:t.default,o=e.
defaultText??(r!==void 0?`\`${r}\``:t.defaultText),n=`${e.description??t.description}${t.required?" Required.":""}${o?` Default: ${o}.`:""}`;return{name:t.name,
field:t.field,value:e.value,description:n,type:e.type??t.type,parse:e.parse??t.parse,default:r,required:t.required}}var Sn=Yy.flatMap(t=>t.iamPolicy?[Pk(t,t.iamPolicy)]:
[]).sort((t,e)=>+!!e.required-+!!t.required);var Ok=4096,Nk=65536;function ca(t,e){if(e===void 0||e.trim()==="")return;let r=t.type==="list",o=r?e:e.trim(),n=r?Nk:Ok;if(o.length>n)throw new w(t.name,o,`is \
longer than ${n} characters`);if((r?/[\x00-\x09\x0b\x0c\x0e-\x1f\x7f]/:/[\x00-\x1f\x7f]/).test(o))throw new w(t.name,o,"contains control characters");return o}function nu(t,e){
let r=hs.find(n=>n.name===t),o=ca(r,e)??r.default;return o===void 0?void 0:r.parse(o,t)}function Rn(t,e="deliver"){let r={};for(let n of hs){let s=ca(n,t(n.name))??
n.default;if(s!==void 0)r[n.field]=n.parse(s,n.name);else if(n.type==="list")r[n.field]=[];else if(n.required&&e==="login")r[n.field]="";else if(n.required)throw new w(
n.name,"","is required")}let o=r;return{...o,...Jy(o,e)}}function Xy(t){let e=nu("mode",t("mode")),r=nu("docker-credentials-output",t("docker-credentials-output"));
return ru(e,r),{mode:e,skipLogout:nu("skip-logout",t("skip-logout")),dockerCredentialsOutput:r}}var Qy=require("node:child_process"),pa=new Set,Uo=(t,e,r={})=>new Promise((o,n)=>{let s=r.silent?void 0:r.output??process.stdout;s?.write(`[command]${[t,...e].
join(" ")}
`);let i=(0,Qy.spawn)(t,e,{stdio:"pipe",env:r.env??process.env});pa.add(i);let a=!1,c=r.timeoutMs===void 0?void 0:setTimeout(()=>{a=!0,i.kill("SIGKILL")},r.timeoutMs),
l=[],d=[];i.stdout.on("data",u=>{l.push(u),s?.write(u)}),i.stderr.on("data",u=>{d.push(u),s?.write(u)}),i.stdin.on("error",()=>{}),i.stdin.end(r.input),i.on("er\
ror",u=>{pa.delete(i),clearTimeout(c),n(u)}),i.on("close",(u,m)=>{pa.delete(i),clearTimeout(c),o({code:u??(m?128:1),stdout:Buffer.concat(l).toString(),stderr:Buffer.
concat(d).toString(),...a?{timedOut:a}:{}})})});async function Zy(t){let e=[...pa];if(!e.length)return;let r=i=>new Promise(a=>{i.exitCode!==null||i.signalCode!==
null?a():i.once("close",()=>a())}),o=Promise.all(e.map(r));for(let i of e)i.kill("SIGTERM");let n,s=new Promise(i=>{n=setTimeout(()=>i("grace"),t)});if(await Promise.
race([o,s])==="grace"){for(let i of e)i.exitCode===null&&i.signalCode===null&&i.kill("SIGKILL");await o}clearTimeout(n)}var la=Lr(require("node:http")),su=Lr(require("node:https")),eE=require("node:net"),tE=require("node:tls");var rE=t=>(e,r)=>t?.(e,r);function au(t,e){let r=t.protocol==="https:"?"https":"http",o=(e[`${r}_proxy`]||e[`${r.toUpperCase()}_PROXY`]||"").trim();if(!o||Dk(t,
e.no_proxy??e.NO_PROXY??""))return;let n;try{n=new URL(o.includes("://")?o:`http://${o}`)}catch{throw new gr(`${r.toUpperCase()}_PROXY is not a URL like http://\
proxy.example.com:3128`)}if(n.protocol!=="http:")throw new gr(`${r.toUpperCase()}_PROXY: only http:// proxies are supported, not ${n.protocol}//${n.host}`);return n}
function Dk(t,e){let r=t.hostname.replace(/^\[|\]$/g,"").toLowerCase(),o=t.port||(t.protocol==="https:"?"443":"80");return e.split(/[\s,]+/).filter(Boolean).some(
n=>{if(n==="*")return!0;let s=/^\[([^\]]+)\](?::(\d+))?$/.exec(n)??/^([^:]+)(?::(\d+))?$/.exec(n)??[n,n],i=s[1].replace(/^\*?\./,"").toLowerCase();return s[2]&&
s[2]!==o?!1:r===i||r.endsWith(`.${i}`)})}var kk=t=>`${t.protocol}//${t.host}`;function oE(t){if(!t.username)return;let e=`${decodeURIComponent(t.username)}:${decodeURIComponent(
t.password)}`;return`Basic ${Buffer.from(e).toString("base64")}`}function cu(t,e,r){return new gr(`the proxy ${kk(t)} (for ${e}) ${r}`)}function nE(t,e,r){let o=(0,eE.connect)(
{host:t.hostname.replace(/^\[|\]$/g,""),port:Number(t.port||80)}),n=s=>r(cu(t,e,`could not be reached: ${s.code??s.message}`));return o.once("error",n),o.once("\
connect",()=>{o.off("error",n),r(null,o)}),o}var iu=(t,e)=>({host:t.hostname??t.host??"localhost",port:Number(t.port||e)}),da=class extends la.Agent{constructor(r,o){
super(o);this.env=r}env;proxy(r){return au(new URL(`http://${r.host.includes(":")?`[${r.host}]`:r.host}:${r.port}`),this.env)}addRequest(r,o){let n=iu(o,80),s=this.
proxy(n);if(s){r.path=`http://${n.host.includes(":")?`[${n.host}]`:n.host}:${n.port}${r.path}`;let i=oE(s);i&&r.setHeader("proxy-authorization",i);let a=r.emit.
bind(r);r.emit=((c,...l)=>{let d=l[0];return c!=="response"||d.statusCode!==407?a(c,...l):(d.resume(),r.destroy(cu(s,`${n.host}:${n.port}`,"refused the request:\
 407 Proxy Authentication Required (check the credentials in HTTP_PROXY)")),!0)})}la.Agent.prototype.addRequest.call(this,r,o)}createConnection(r,o){let n=iu(r,
80),s=this.proxy(n);if(!s)return la.Agent.prototype.createConnection.call(this,r,o);nE(s,`${n.host}:${n.port}`,rE(o))}},ua=class extends su.Agent{constructor(r,o){
super(o);this.env=r}env;createConnection(r,o){let n=rE(o),s=iu(r,443),i=`${s.host.includes(":")?`[${s.host}]`:s.host}:${s.port}`,a=au(new URL(`https://${i}`),this.
env);if(!a)return su.Agent.prototype.createConnection.call(this,r);nE(a,i,(c,l)=>{if(c||!l)return n(c);let d=oE(a);l.write(`CONNECT ${i} HTTP/1.1\r
Host: ${i}\r
${d?`Proxy-Authorization: ${d}\r
`:""}\r
`);let u=Buffer.alloc(0),m=h=>{l.destroy(),n(cu(a,i,h))},f=h=>{if(u=Buffer.concat([u,h]),u.indexOf(`\r
\r
`)<0)return;l.off("data",f),l.off("error",g),l.off("end",y);let x=/^HTTP\/1\.[01] (\d{3})([^\r\n]*)/.exec(u.toString("latin1"));if(x?.[1]!=="200")return m(`refu\
sed the tunnel: ${x?`${x[1]}${x[2]}`:"no HTTP answer"}${x?.[1]==="407"?" (check the credentials in HTTPS_PROXY)":""}`);let v=r.servername??(/^[\d.]+$|:/.test(s.
host)?void 0:s.host);n(null,(0,tE.connect)({...r,socket:l,servername:v}))},g=h=>m(`dropped the tunnel: ${h.message}`),y=()=>m("closed the connection before answ\
ering CONNECT");l.on("data",f),l.once("error",g),l.once("end",y)})}};function sE(t){return["http_proxy","HTTP_PROXY","https_proxy","HTTPS_PROXY"].some(e=>t[e]?.
trim())?{httpAgent:new da(t,{keepAlive:!0}),httpsAgent:new ua(t,{keepAlive:!0})}:{}}function iE(t,e){if(au(t,e))return t.protocol==="https:"?new ua(e,{keepAlive:!1}):
new da(e,{keepAlive:!1})}var cE=5,$k=5e3,Lk=3e4,Uk=2e3,Fk=3e3,aE=["SIGINT","SIGTERM"];function Mk(t=1/0){let e=Math.max(1e3,Math.min(Lk,Math.floor(t/3)));return{connectionTimeout:Math.min(
$k,e),requestTimeout:e}}function _n(t,e,r){return{region:t,credentials:e,retryMode:"adaptive",maxAttempts:cE,requestHandler:{...Mk(r?.ms),throwOnRequestTimeout:!0,
...sE(process.env)}}}function wn(t){let e=t??{},r=e.name??"",o=/Throttl|TooManyRequests|RequestLimitExceeded|SlowDown/.test(r)||!!e.$retryable?.throttling,n=o||
!!e.$retryable||(e.$metadata?.httpStatusCode??0)>=500||/Timeout/.test(r)||/^(ECONNRESET|ECONNREFUSED|EPIPE|ETIMEDOUT|EHOSTUNREACH|ENETUNREACH|ENOTFOUND|EAI_AGAIN)$/.
test(e.code??"");return{attempts:e.$metadata?.attempts??1,transient:n,throttled:o}}function In(t,e){return e?`AWS kept throttling ${t} for longer than ${cE} att\
empts with backoff: re-run later, spread out concurrent deliveries, or raise the ${t} API rate quota (Service Quotas)`:`${t} or the network to it kept failing: \
check the runner's access to AWS (proxy, firewall, VPC endpoint, AWS_ENDPOINT_URL_${t}) and the AWS Health Dashboard, then re-run`}var ys=class{constructor(e){this.
seconds=e;this.expired=new Promise((r,o)=>{this.fail=o}),this.timer=setTimeout(()=>this.end(new Yr(e,this.stillWaiting())),e*1e3),this.expired.catch(()=>{})}seconds;controller=new AbortController;waiting=[];timer;fail;ending=!1;expired;onSignal=e=>this.
end(new ra(e,this.stillWaiting()));get ms(){return this.seconds*1e3}get signal(){return this.controller.signal}async bound(e){for(let r of aE)process.on(r,this.
onSignal);try{let r=e().catch(o=>this.ending?this.expired:Promise.reject(o));return await Promise.race([r,this.expired])}finally{clearTimeout(this.timer);for(let r of aE)
process.off(r,this.onSignal)}}async watch(e,r){this.controller.signal.throwIfAborted(),this.waiting.push(e);try{return await r()}finally{this.waiting.splice(this.
waiting.indexOf(e),1)}}stillWaiting(){return[...new Set(this.waiting)]}end(e){this.ending||(this.ending=!0,clearTimeout(this.timer),this.controller.abort(),Zy(Fk).
then(()=>{this.fail(e),setTimeout(()=>process.exit(process.exitCode||1),Uk).unref()}))}};function Zr(t,e,r){return t?t.watch(e,r):r()}var pE={buildx:"buildx (docker buildx build)",buildkit:"the daemon's embedded BuildKit (DOCKER_BUILDKIT=1 docker build)",classic:"the classic builder (DOCKER_BU\
ILDKIT=0 docker build)"};function pu(t){let e=t.DOCKER_BUILDKIT;if(e!==void 0){if(/^(1|t|true)$/i.test(e))return!0;if(/^(0|f|false)$/i.test(e))return!1}}async function lE(t,e,r={}){
let o=pu(e),n=r.buildx??r.buildkit;if(o===!1){if(n)throw new Ie(`${n} needs BuildKit, but DOCKER_BUILDKIT=${e.DOCKER_BUILDKIT} selects the classic builder`,"uns\
et DOCKER_BUILDKIT (or set it to 1), or drop the option");return"classic"}let[s,i]=await Promise.all([t.buildx(),t.embeddedBuildkit()]);if(s)return"buildx";if(r.
buildx)throw new Ie(`${r.buildx} needs docker buildx, which this machine does not have`,"install the buildx plugin (GitHub: docker/setup-buildx-action; CircleCI\
: the machine executor has it), or drop the option");if(i)return"buildkit";let a="install the buildx plugin (GitHub: docker/setup-buildx-action), or use a docke\
r CLI older than 23 with the daemon's embedded BuildKit";if(r.buildkit)throw new Ie(`${r.buildkit} needs BuildKit, but this docker CLI cannot build with BuildKi\
t without the buildx plugin`,a);if(o===!0)throw new Ie(`DOCKER_BUILDKIT=${e.DOCKER_BUILDKIT} asks for BuildKit, but this docker CLI cannot build with BuildKit w\
ithout the buildx plugin`,a);return"classic"}function dE(t){let e=r=>new RegExp(`^${r}:\\s*(\\S+)`,"m").exec(t)?.[1];return{name:e("Name"),driver:e("Driver")}}function uE(t){
try{return(JSON.parse(t)??[]).some(([r,o])=>r==="driver-type"&&o.startsWith("io.containerd.snapshotter"))}catch{return}}function mE(t){if(t.driver)return t.driver!==
"docker"?!0:t.containerdStore}var Bk='turn on the containerd image store ({"features":{"containerd-snapshotter":true}} in daemon.json), use a buildx builder of \
another driver (docker buildx create --use --driver docker-container), or build one platform per job';function lu(t,e){return new Ie(`platform ${t} needs a buil\
der that builds several platforms: ${e}`,Bk)}var sr=require("node:fs"),fa=require("node:os"),eo=require("node:path"),Hk=["auths","credHelpers","credsStore","currentContext","proxies"],jk=["buildx","cli-plu\
gins","contexts"];function du(t){return t.DOCKER_CONFIG||(0,eo.join)(t.HOME||(0,fa.homedir)(),".docker")}var ma=class t{constructor(e){this.dir=e;process.once("\
exit",this.onExit)}dir;removed=!1;onExit=()=>this.remove();static create(e){let r=new t((0,sr.mkdtempSync)((0,eo.join)((0,fa.tmpdir)(),"ecr-deliver-docker-"))),
o=du(e);(0,sr.writeFileSync)((0,eo.join)(r.dir,"config.json"),JSON.stringify(Gk((0,eo.join)(o,"config.json")),null,2),{mode:384});for(let n of jk)(0,sr.existsSync)(
(0,eo.join)(o,n))&&(0,sr.symlinkSync)((0,eo.join)(o,n),(0,eo.join)(r.dir,n));return r}remove(){this.removed||(this.removed=!0,process.off("exit",this.onExit),(0,sr.rmSync)(
this.dir,{recursive:!0,force:!0}))}};function Gk(t){let e;try{e=JSON.parse((0,sr.readFileSync)(t,"utf8"))}catch{return{}}let r=Object.fromEntries(Hk.filter(o=>e[o]!==
void 0).map(o=>[o,e[o]]));return typeof e.credsStore=="string"&&e.credsStore?zk(r,e.credsStore):r}function zk(t,e){let{credsStore:r,...o}=t,n=t.auths??{},s={};for(let[
i,a]of Object.entries(n))a?.auth||(s[i]=e);return{...o,credHelpers:{...s,...t.credHelpers}}}var Vk=[/^ACTIONS_ID_TOKEN_REQUEST_(TOKEN|URL)$/,/^ACTIONS_RUNTIME_TOKEN$/,/^CIRCLE_OIDC_TOKEN/,/^INPUT_/];function Es(t,e){let r=Object.fromEntries(Object.entries(
t).filter(([o])=>!Vk.some(n=>n.test(o))));return e?{...r,...qk(t),DOCKER_CONFIG:e}:r}function qk(t){return t.DOCKER_CERT_PATH||!(t.DOCKER_TLS_VERIFY||t.DOCKER_TLS)?
{}:{DOCKER_CERT_PATH:du(t)}}var CC=require("node:child_process"),vC=require("node:fs"),AC=require("node:util");rp();async function mg(t){if(t.tokenEnv){let r=t.env[t.tokenEnv]?.trim();if(!r)throw new Ie(`web-identity-token-env names ${t.tokenEnv}, which is not set or empty`);
return{token:r,source:`environment variable ${t.tokenEnv}`}}if(t.tokenFile)return{token:IC(t.tokenFile),source:`file ${t.tokenFile}`};if(t.ci==="github")return{
token:await fU(t),source:"GitHub OIDC"};if(t.ci==="circleci")return gU(t);let e=t.env.AWS_WEB_IDENTITY_TOKEN_FILE;if(e)return{token:IC(e),source:`file ${e}`};throw new Ie(
"role-to-assume is set but no OIDC token was found","outside GitHub and CircleCI, write the CI's OIDC token to a file and pass web-identity-token-file (or AWS_W\
EB_IDENTITY_TOKEN_FILE), or name the variable that holds it in web-identity-token-env")}function IC(t){let e=(0,vC.readFileSync)(t,"utf8").trim();if(!e)throw new Ie(
`the OIDC token file ${t} is empty`);return e}async function fU(t){if(!t.env.ACTIONS_ID_TOKEN_REQUEST_URL||!t.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN||!t.platformToken)
throw new Ie("GitHub did not give this job an OIDC token (ACTIONS_ID_TOKEN_REQUEST_URL is not set)","add `permissions: id-token: write` (and `contents: read`) t\
o the workflow or job");try{return await t.platformToken(t.audience)}catch(e){throw e instanceof gr?e:new fr(`could not get the GitHub OIDC token: ${e.message}`,
"check `permissions: id-token: write`; tokens are not issued to pull requests from forks")}}async function gU(t){let e=t.env.CIRCLE_OIDC_TOKEN_V2||t.env.CIRCLE_OIDC_TOKEN,
r=e&&{token:e.trim(),source:t.env.CIRCLE_OIDC_TOKEN_V2?"CIRCLE_OIDC_TOKEN_V2":"CIRCLE_OIDC_TOKEN"};if(r&&!t.renew)return r;try{let o=["run","oidc","get"];t.audience!==
gs&&o.push("--claims",JSON.stringify({aud:t.audience}));let{stdout:n}=await(0,AC.promisify)(CC.execFile)("circleci",o,{encoding:"utf8",env:t.env}),s=n.trim();if(s)
return{token:s,source:"circleci run oidc get"}}catch{}if(r)return r;throw new Ie("CircleCI did not give this job an OIDC token (no CIRCLE_OIDC_TOKEN_V2 or CIRCL\
E_OIDC_TOKEN)","run the job with a context (CircleCI issues OIDC tokens only to jobs that use one), or pass web-identity-token-file")}function hU(t){try{let e=JSON.
parse(Buffer.from(t.split(".")[1]??"","base64url").toString("utf8")),r=o=>Array.isArray(o)?o.join(","):typeof o=="string"?o:void 0;return{iss:r(e.iss),sub:r(e.sub),
aud:r(e.aud)}}catch{return{}}}async function fg(t,e,r,o){r.secret(e);let n=zn({roleArn:t.roleArn,roleSessionName:t.sessionName,webIdentityToken:e,durationSeconds:t.
durationSeconds,clientConfig:_n(t.region,void 0,o)});try{let s=await Zr(o,"STS AssumeRoleWithWebIdentity",()=>n());return EU({accessKeyId:s.accessKeyId,secretAccessKey:s.
secretAccessKey,sessionToken:s.sessionToken,expiration:s.expiration},r)}catch(s){throw xU(s,t,e)}}function bC(t,e){let r={credentials:t,margin:TC(t)},o;return()=>{
let n=r.credentials.expiration?.getTime();return n===void 0||n-Date.now()>r.margin?Promise.resolve(r.credentials):(o??=e().then(s=>(r={credentials:s,margin:TC(s)},
s)).finally(()=>{o=void 0}),o)}}var yU=300*1e3;function TC(t){let e=t.expiration?t.expiration.getTime()-Date.now():1/0;return Math.min(yU,e/2)}function EU(t,e){
for(let r of[t.accessKeyId,t.secretAccessKey,t.sessionToken])r&&e.secret(r);return t}function xU(t,e,r){if(t instanceof fr||t instanceof gr)return t;let o=t,n=hU(
r),s=`token iss=${n.iss??"?"} sub=${n.sub??"?"} aud=${n.aud??"?"}`,i=wn(t);if(i.transient){let c=`STS AssumeRoleWithWebIdentity for ${e.roleArn} failed after ${i.
attempts} attempt(s) (${o.name}: ${o.message}); ${s}`;return new fr(c,In("STS",i.throttled),{cause:t})}let a=`STS refused AssumeRoleWithWebIdentity for ${e.roleArn}\
 (${o.name}: ${o.message}); ${s}`;switch(o.name){case"AccessDenied":case"AccessDeniedException":return new fr(a,"the role's trust policy must allow this token: \
Federated principal for the issuer, `aud` and `sub` conditions matching the values above (`ecr-deliver iam-policy` prints one)",{cause:t});case"InvalidIdentityT\
oken":case"InvalidIdentityTokenException":return new fr(a,"the account needs an IAM OIDC identity provider for this issuer, with the audience above as a client \
id",{cause:t});case"ExpiredTokenException":return new fr(a,"the OIDC token expired before it was used; request a fresh one",{cause:t});case"IDPCommunicationErro\
r":case"IDPCommunicationErrorException":return new fr(a,"STS could not reach the token issuer; retry the job",{cause:t});default:return new fr(a,void 0,{cause:t})}}var Vn=require("node:fs"),DC=require("node:os"),hg=require("node:path");var PC=3,SU=/\b5\d\d\b|Service Unavailable|Bad Gateway|Gateway Time-?out|connection reset|broken pipe|\bEOF\b|i\/o timeout|TLS handshake timeout|connection refused|Client\.Timeout|too ?many ?requests|\b429\b|net\/http/i,
OC=/no basic auth credentials|authentication required|unauthorized|\b401\b|authorization token has expired|denied: Your authorization token/i,NC=t=>t.startsWith(
"-")?`./${t}`:t;function kC(t,e){let r={};return t.platform?.includes(",")?r.buildx="platform":t.provenance&&(r.buildx="provenance"),r.buildkit=sa(e),r}function RU(t,e,r){
let o=e==="buildx",n=o?["buildx","build"]:["build"],s=o?{}:{DOCKER_BUILDKIT:e==="buildkit"?"1":"0"};n.push("--file",NC(t.dockerfile)),e==="classic"&&n.push("--f\
orce-rm");for(let i of t.tags)n.push("--tag",i);for(let[i,a]of Object.entries(t.labels))n.push("--label",`${i}=${a}`);for(let i of t.buildArgs){let a=i.indexOf(
"=");s[i.slice(0,a)]=i.slice(a+1),n.push("--build-arg",i.slice(0,a))}if(t.target&&n.push("--target",t.target),t.platform&&n.push("--platform",t.platform),e!=="c\
lassic"){let i=Ky(t.secrets);n.push(...i.argv),Object.assign(s,i.env)}return t.cache&&(o&&n.push("--cache-to","type=inline"),e==="buildkit"&&n.push("--build-arg",
"BUILDKIT_INLINE_CACHE=1"),t.cache.from&&n.push("--cache-from",o?`type=registry,ref=${t.cache.from}`:t.cache.from)),o&&(n.push("--provenance",t.provenance?"mode\
=max":"false"),t.provenance&&n.push("--sbom","true"),n.push(t.pushFromBuilder?"--push":"--load"),r&&n.push("--metadata-file",r)),n.push(NC(t.context)),{argv:n,env:s}}
function _U(t){return/digest: (sha256:[a-f0-9]{64})/.exec(t)?.[1]}var gg=1e4,an=class{constructor(e,r,o,n=process.env){this.runner=e;this.reporter=r;this.deadline=
o;this.env=n}runner;reporter;deadline;env;run(e,r,o){return Zr(this.deadline,`docker ${r[0]==="buildx"?`buildx ${r[1]}`:r[0]}`,()=>this.runner(e,r,{...o,env:o?.
env?{...this.env,...o.env}:this.env}))}async check(){let e;try{e=await this.run("docker",["version","--format","{{.Server.Version}}"],{silent:!0,timeoutMs:gg})}catch{
throw new Ie("docker is not installed: no `docker` command on PATH","use a runner or executor with Docker (CircleCI: the machine executor, or a docker image wit\
h setup_remote_docker)")}if(e.timedOut)throw new Ie(`the docker daemon did not answer within ${gg/1e3} s (docker version)`,"the daemon is hung or overloaded: re\
start the docker engine (or check DOCKER_HOST / the docker context)");if(e.code!==0){let r=e.stderr.trim().split(`
`).pop()??"";throw new Ie(`the docker daemon is not reachable: ${r}`,"start the docker engine (CircleCI docker executor: add `setup_remote_docker`; or use the m\
achine executor)")}}buildx;embedded;chosen;hasBuildx(){return this.buildx??=this.run("docker",["buildx","version"],{silent:!0}).then(e=>e.code===0,()=>!1),this.
buildx}drivesEmbeddedBuildkit(){return this.embedded??=this.run("docker",["build","--help"],{silent:!0,env:{DOCKER_BUILDKIT:"1"}}).then(e=>e.code===0,()=>!1),this.
embedded}builder(e){return this.chosen??=lE({buildx:()=>this.hasBuildx(),embeddedBuildkit:()=>this.drivesEmbeddedBuildkit()},this.env,e).then(r=>(this.reporter.
info(`Builder: ${pE[r]}`),r)),this.chosen}logins=Promise.resolve();login(e){let r=this.logins.then(()=>this.loginNow(e));return this.logins=r.catch(()=>{}),r}async loginNow(e){
this.reporter.secret(e.password),this.reporter.secret(Buffer.from(`${e.username}:${e.password}`).toString("base64"));let r=await this.run("docker",["login","--u\
sername",e.username,"--password-stdin",e.host],{input:Buffer.from(e.password),output:this.reporter.output});if(r.code!==0)throw new wt(`docker login to ${e.host}\
 failed: ${Rr(r)}`)}async logout(e){await this.run("docker",["logout",e],{output:this.reporter.output})}async build(e,r){let o=r==="buildx"?(0,Vn.mkdtempSync)((0,hg.join)(
(0,DC.tmpdir)(),"ecr-deliver-")):void 0,n=o?(0,hg.join)(o,"metadata.json"):void 0;try{let s=await this.runBuild(e,r,n);if(s.code!==0&&e.cache&&/cache/i.test(Rr(
s))&&(this.reporter.warning(`the build failed on the layer cache (${Rr(s)}); building again without it`),s=await this.runBuild({...e,cache:void 0},r,n)),s.code!==
0&&e.platform&&/Multi-platform build is not supported/i.test(s.stderr))throw lu(e.platform,Rr(s).replace(/^ERROR: /,""));if(s.code!==0)throw new wt(`docker ${r===
"buildx"?"buildx build":"build"} failed (exit ${s.code}): ${Rr(s)}`);return!n||!e.pushFromBuilder?void 0:JSON.parse((0,Vn.readFileSync)(n,"utf8"))["containerima\
ge.digest"]}finally{o&&(0,Vn.rmSync)(o,{recursive:!0,force:!0})}}runBuild(e,r,o){let{argv:n,env:s}=RU(e,r,o);return this.run("docker",n,{output:this.reporter.output,
env:s})}async pullCache(e){let r=await this.run("docker",["pull","--quiet",e],{output:this.reporter.output});return r.code!==0&&this.reporter.warning(`no layer \
cache: docker pull ${e} failed (${Rr(r)}); building without it`),r.code===0}async tag(e,r){let o=await this.run("docker",["tag",e,r],{output:this.reporter.output});
if(o.code!==0)throw new wt(`docker tag ${e} ${r} failed: ${Rr(o)}`)}async push(e,r){let o=!1;for(let n=1;;n++){let s=await this.run("docker",["push",e],{output:this.
reporter.output}),i=`${s.stdout}
${s.stderr}`;if(s.code===0){let a=_U(i);if(!a)throw new wt(`docker push ${e} printed no digest`);return a}if(OC.test(i)&&!o){o=!0,this.reporter.warning(`the reg\
istry refused the credentials (${Rr(s)}); logging in again`),await r();continue}if(OC.test(i))throw new wt(`docker push ${e} was refused after a fresh login: ${Rr(
s)}`,"the credentials need ecr:InitiateLayerUpload, ecr:UploadLayerPart, ecr:CompleteLayerUpload, ecr:PutImage and ecr:BatchCheckLayerAvailability");if(!SU.test(
i)||n>=PC)throw new wt(`docker push ${e} failed after ${n} attempt(s): ${Rr(s)}`);this.reporter.warning(`docker push failed (${Rr(s)}); retrying (${n}/${PC-1})`),
await new Promise(a=>setTimeout(a,1e3*2**(n-1)))}}async checkPlatforms(e){if(!e?.includes(",")||await this.builder()!=="buildx")return;let r=c=>this.run("docker",
c,{silent:!0,timeoutMs:gg}).then(l=>l.code===0?l.stdout:void 0,()=>{}),o=await r(["buildx","inspect"]),{name:n,driver:s}=o?dE(o):{},i=s==="docker"?await r(["inf\
o","--format","{{json .DriverStatus}}"]):void 0,a=i===void 0?void 0:uE(i);if(mE({name:n,driver:s,containerdStore:a})===!1)throw lu(e,`buildx's builder ${n??"(cu\
rrent)"} uses the docker driver, and the daemon the classic image store`)}},wU=/^(DEPRECATED:|Install the buildx|https:\/\/docs\.docker\.com\/|WARNING!|Configure a credential helper)/;
function Rr(t){let e=n=>n.split(`
`).map(s=>s.trim()).filter(s=>s&&!wU.test(s)),r=e(t.stdout),o=e(t.stderr);return o.filter(n=>n.startsWith("ERROR: ")).pop()??o.pop()??[...r].reverse().find(n=>/error|denied|fail|unauthorized/i.
test(n))??r.pop()??`exit ${t.code}`}var KN=require("node:fs");M();it();T();$();W();F();mt();X();we();T();var $C=async(t,e,r)=>({operation:ee(e).operation,region:await q(t.region)()||(()=>{throw new Error("expected `region` to be configured for `aws.auth#si\
gv4`")})()});function IU(t){return{schemeId:"aws.auth#sigv4",signingProperties:{name:"ecr-public",region:t.region},propertiesExtractor:(e,r)=>({signingProperties:{
config:e,context:r}})}}var LC=t=>{let e=[];switch(t.operation){default:e.push(IU(t))}return e},UC=t=>{let e=lr(t);return Object.assign(e,{authSchemePreference:q(
t.authSchemePreference??[])})};var FC=t=>Object.assign(t,{useDualstackEndpoint:t.useDualstackEndpoint??!1,useFipsEndpoint:t.useFipsEndpoint??!1,defaultSigningName:"ecr-public"}),MC={UseFIPS:{
type:"builtInParams",name:"useFipsEndpoint"},Endpoint:{type:"builtInParams",name:"endpoint"},Region:{type:"builtInParams",name:"region"},UseDualStack:{type:"bui\
ltInParams",name:"useDualstackEndpoint"}};var BC={name:"@aws-sdk/client-ecr-public",version:"3.1108.0",description:"AWS SDK for JavaScript Ecr Public Client for Node.js, Browser and React Native",homepage:"\
https://github.com/aws/aws-sdk-js-v3/tree/main/clients/client-ecr-public",license:"Apache-2.0",author:{name:"AWS SDK for JavaScript Team",url:"https://aws.amazo\
n.com/sdk-for-javascript/"},repository:{type:"git",url:"https://github.com/aws/aws-sdk-js-v3.git",directory:"clients/client-ecr-public"},files:["dist-*/**"],sideEffects:!1,
main:"./dist-cjs/index.js",module:"./dist-es/index.js",browser:{"./dist-es/runtimeConfig":"./dist-es/runtimeConfig.browser"},types:"./dist-types/index.d.ts",typesVersions:{
"<4.5":{"dist-types/*":["dist-types/ts3.4/*"]}},"react-native":{"./dist-es/runtimeConfig":"./dist-es/runtimeConfig.native"},scripts:{build:"concurrently 'yarn:b\
uild:types' 'yarn:build:es' && yarn build:cjs","build:cjs":"node ../../scripts/compilation/inline","build:es":"premove dist-es && tsc -p tsconfig.es.json","buil\
d:include:deps":'yarn g:turbo run build -F="$npm_package_name"',"build:types":"premove dist-types && tsc -p tsconfig.types.json","build:types:downlevel":"downle\
vel-dts dist-types dist-types/ts3.4",clean:"premove dist-cjs dist-es dist-types","extract:docs":"api-extractor run --local","generate:client":"node ../../script\
s/generate-clients/single-service","test:index":"tsc -p tsconfig.test.json && node ./test/index-objects.spec.mjs"},dependencies:{"@aws-sdk/core":"^3.977.7","@aw\
s-sdk/credential-provider-node":"^3.972.79","@aws-sdk/types":"^3.974.3","@smithy/core":"^3.31.1","@smithy/fetch-http-handler":"^5.6.13","@smithy/node-http-handl\
er":"^4.9.13","@smithy/types":"^4.16.1",tslib:"^2.6.2"},devDependencies:{"@tsconfig/node20":"20.1.8","@types/node":"^20.14.8",concurrently:"7.0.0","downlevel-dt\
s":"0.10.1",premove:"4.0.0",typescript:"~6.0.3"},engines:{node:">=20.0.0"}};M();we();Rg();$();$();var Ev="AWS_EC2_METADATA_DISABLED",xv=async t=>{let{ENV_CMDS_FULL_URI:e,ENV_CMDS_RELATIVE_URI:r,fromContainerMetadata:o,fromInstanceMetadata:n}=await Promise.resolve().then(()=>(up(),dp));
if(process.env[r]||process.env[e]){t.logger?.debug("@aws-sdk/credential-provider-node - remoteProvider::fromHttp/fromContainerMetadata");let{fromHttp:s}=await Promise.resolve().then(()=>(Og(),Pg));
return Bo(s(t),o(t))}return process.env[Ev]&&process.env[Ev]!=="false"?async()=>{throw new R("EC2 Instance Metadata Service access disabled",{logger:t.logger})}:
(t.logger?.debug("@aws-sdk/credential-provider-node - remoteProvider::fromInstanceMetadata"),n(t))};function Sv(t,e){let r=XU(t),o,n,s,i,a=async c=>{if(c?.forceRefresh)return i||(i=r(c).then(l=>{s=l}).finally(()=>{i=void 0})),await i,s;if(s?.expiration&&s?.expiration?.
getTime()<Date.now()&&(s=void 0),o)await o;else if(!s||e?.(s))if(s)n||(n=r(c).then(l=>{s=l}).catch(()=>{}).finally(()=>{n=void 0}));else return o=r(c).then(l=>{
s=l}).finally(()=>{o=void 0}),a(c);return s};return a}var XU=t=>async e=>{let r;for(let o of t)try{return await o(e)}catch(n){if(r=n,n?.tryNextLink)continue;throw n}
throw r};var nO=!1,Vi=(t={})=>Sv([async()=>{if(t.profile??process.env[Ta])throw process.env[fi]&&process.env[gi]&&(nO||((t.logger?.warn&&t.logger?.constructor?.name!=="N\
oOpLogger"?t.logger.warn.bind(t.logger):console.warn)(`@aws-sdk/credential-provider-node - defaultProvider::fromEnv WARNING:
    Multiple credential sources detected: 
    Both AWS_PROFILE and the pair AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY static credentials are set.
    This SDK will proceed with the AWS_PROFILE value.
    
    However, a future version may change this behavior to prefer the ENV static credentials.
    Please ensure that your environment only sets either the AWS_PROFILE or the
    AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY pair.
`),nO=!0)),new R("AWS_PROFILE is set, skipping fromEnv provider.",{logger:t.logger,tryNextLink:!0});return t.logger?.debug("@aws-sdk/credential-provider-node - \
defaultProvider::fromEnv"),op(t)()},async e=>{t.logger?.debug("@aws-sdk/credential-provider-node - defaultProvider::fromSSO");let{ssoStartUrl:r,ssoAccountId:o,ssoRegion:n,
ssoRoleName:s,ssoSession:i}=t;if(!r&&!o&&!n&&!s&&!i)throw new R("Skipping SSO provider in default chain (inputs do not include SSO fields).",{logger:t.logger});
let{fromSSO:a}=await Promise.resolve().then(()=>(nh(),oh));return a(t)(e)},async e=>{t.logger?.debug("@aws-sdk/credential-provider-node - defaultProvider::fromI\
ni");let{fromIni:r}=await Promise.resolve().then(()=>(oO(),rO));return r(t)(e)},async e=>{t.logger?.debug("@aws-sdk/credential-provider-node - defaultProvider::\
fromProcess");let{fromProcess:r}=await Promise.resolve().then(()=>(Th(),Ih));return r(t)(e)},async e=>{t.logger?.debug("@aws-sdk/credential-provider-node - defa\
ultProvider::fromTokenFile");let{fromTokenFile:r}=await Promise.resolve().then(()=>(rp(),ug));return r(t)(e)},async()=>(t.logger?.debug("@aws-sdk/credential-pro\
vider-node - defaultProvider::remoteProvider"),(await xv(t))()),async()=>{throw new R("Could not load credentials from any providers",{tryNextLink:!1,logger:t.logger})}],
sO);var sO=t=>t?.expiration!==void 0&&t.expiration.getTime()-Date.now()<3e5;T();$();mt();k();uo();we();rn();on();T();F();k();M();W();W();var qi="ref",dn=-1,jp=!0,iO="isSet",lO="PartitionResult",Gp="booleanEquals",bh="getAttr",aO={[qi]:"Endpoint"},Ph={[qi]:lO},ts={},cO=[{[qi]:"Region"}],pO={conditions:[
[iO,[aO]],[iO,cO],["aws.partition",cO,lO],[Gp,[{[qi]:"UseFIPS"},jp]],[Gp,[{[qi]:"UseDualStack"},jp]],[Gp,[{fn:bh,argv:[Ph,"supportsDualStack"]},jp]],[Gp,[{fn:bh,
argv:[Ph,"supportsFIPS"]},jp]],["stringEquals",[{fn:bh,argv:[Ph,"name"]},"aws"]]],results:[[dn],[dn,"Invalid Configuration: FIPS and custom endpoint are not sup\
ported"],[dn,"Invalid Configuration: Dualstack and custom endpoint are not supported"],[aO,ts],["https://api.ecr-public-fips.{Region}.{PartitionResult#dualStack\
DnsSuffix}",ts],[dn,"FIPS and DualStack are enabled, but this partition does not support one or both"],["https://api.ecr-public-fips.{Region}.{PartitionResult#d\
nsSuffix}",ts],[dn,"FIPS is enabled but this partition does not support FIPS"],["https://ecr-public.{Region}.api.aws",ts],["https://api.ecr-public.{Region}.{Par\
titionResult#dualStackDnsSuffix}",ts],[dn,"DualStack is enabled but this partition does not support DualStack"],["https://api.ecr-public.{Region}.{PartitionResu\
lt#dnsSuffix}",ts],[dn,"Invalid Configuration: Missing Region"]]},uB=2,xt=1e8,mB=new Int32Array([-1,1,-1,0,13,3,1,4,xt+12,2,5,xt+12,3,9,6,4,7,xt+11,5,8,xt+10,7,
xt+8,xt+9,4,11,10,6,xt+6,xt+7,5,12,xt+5,6,xt+4,xt+5,3,xt+1,14,4,xt+2,xt+3]),dO=ot.from(mB,uB,pO.conditions,pO.results);var fB=new nt({size:50,params:["Endpoint","Region","UseDualStack","UseFIPS"]}),uO=(t,e={})=>fB.get(t,()=>Mt(dO,{endpointParams:t,logger:e.logger}));Pe.aws=ft;X();T();var K=class t extends tt{constructor(e){super(e),Object.setPrototypeOf(this,t.prototype)}};var zp=class t extends K{name="InvalidParameterException";$fault="client";constructor(e){super({name:"InvalidParameterException",$fault:"client",...e}),Object.setPrototypeOf(
this,t.prototype)}},Vp=class t extends K{name="RegistryNotFoundException";$fault="client";constructor(e){super({name:"RegistryNotFoundException",$fault:"client",
...e}),Object.setPrototypeOf(this,t.prototype)}},qp=class t extends K{name="RepositoryNotFoundException";$fault="client";constructor(e){super({name:"RepositoryN\
otFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Wp=class t extends K{name="ServerException";$fault="server";constructor(e){super(
{name:"ServerException",$fault:"server",...e}),Object.setPrototypeOf(this,t.prototype)}},Kp=class t extends K{name="UnsupportedCommandException";$fault="client";constructor(e){
super({name:"UnsupportedCommandException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Jp=class t extends K{name="EmptyUploadException";$fault="\
client";constructor(e){super({name:"EmptyUploadException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Yp=class t extends K{name="InvalidLay\
erException";$fault="client";constructor(e){super({name:"InvalidLayerException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Xp=class t extends K{name="\
LayerAlreadyExistsException";$fault="client";constructor(e){super({name:"LayerAlreadyExistsException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},
Qp=class t extends K{name="LayerPartTooSmallException";$fault="client";constructor(e){super({name:"LayerPartTooSmallException",$fault:"client",...e}),Object.setPrototypeOf(
this,t.prototype)}},Zp=class t extends K{name="UploadNotFoundException";$fault="client";constructor(e){super({name:"UploadNotFoundException",$fault:"client",...e}),
Object.setPrototypeOf(this,t.prototype)}},el=class t extends K{name="InvalidTagParameterException";$fault="client";constructor(e){super({name:"InvalidTagParamet\
erException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},tl=class t extends K{name="LimitExceededException";$fault="client";constructor(e){
super({name:"LimitExceededException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},rl=class t extends K{name="RepositoryAlreadyExistsExceptio\
n";$fault="client";constructor(e){super({name:"RepositoryAlreadyExistsException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},ol=class t extends K{name="\
TooManyTagsException";$fault="client";constructor(e){super({name:"TooManyTagsException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},nl=class t extends K{name="\
RepositoryNotEmptyException";$fault="client";constructor(e){super({name:"RepositoryNotEmptyException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},
sl=class t extends K{name="RepositoryPolicyNotFoundException";$fault="client";constructor(e){super({name:"RepositoryPolicyNotFoundException",$fault:"client",...e}),
Object.setPrototypeOf(this,t.prototype)}},il=class t extends K{name="ImageNotFoundException";$fault="client";constructor(e){super({name:"ImageNotFoundException",
$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},al=class t extends K{name="RepositoryCatalogDataNotFoundException";$fault="client";constructor(e){
super({name:"RepositoryCatalogDataNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},cl=class t extends K{name="ImageAlreadyExi\
stsException";$fault="client";constructor(e){super({name:"ImageAlreadyExistsException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},pl=class t extends K{name="\
ImageDigestDoesNotMatchException";$fault="client";constructor(e){super({name:"ImageDigestDoesNotMatchException",$fault:"client",...e}),Object.setPrototypeOf(this,
t.prototype)}},ll=class t extends K{name="ImageTagAlreadyExistsException";$fault="client";constructor(e){super({name:"ImageTagAlreadyExistsException",$fault:"cl\
ient",...e}),Object.setPrototypeOf(this,t.prototype)}},dl=class t extends K{name="InvalidLayerPartException";$fault="client";registryId;repositoryName;uploadId;lastValidByteReceived;constructor(e){
super({name:"InvalidLayerPartException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),this.registryId=e.registryId,this.repositoryName=e.repositoryName,
this.uploadId=e.uploadId,this.lastValidByteReceived=e.lastValidByteReceived}},ul=class t extends K{name="LayersNotFoundException";$fault="client";constructor(e){
super({name:"LayersNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},ml=class t extends K{name="ReferencedImagesNotFoundExcept\
ion";$fault="client";constructor(e){super({name:"ReferencedImagesNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}};var gB="AuthorizationData";var hB="CreateRepository",yB="CreateRepositoryRequest",EB="CreateRepositoryResponse";var xB="DescribeImageTags",SB="DescribeImageTagsRequest",RB="DescribeImageTagsResponse";var _B="DescribeRegistriesRequest",wB="DescribeRegistriesResponse",IB="DescribeRepositoriesRequest",TB="DescribeRepositoriesResponse",CB="DescribeRegistries",vB="\
DescribeRepositories",AB="EmptyUploadException",bB="GetAuthorizationToken",PB="GetAuthorizationTokenRequest",OB="GetAuthorizationTokenResponse";var NB="Image",DB="ImageAlreadyExistsException";var kB="ImageDigestDoesNotMatchException";var $B="ImageIdentifier";var LB="InvalidLayerException",UB="InvalidLayerPartException";var FB="ImageNotFoundException",MB="InvalidParameterException",BB="ImageTagAlreadyExistsException",HB="ImageTagDetail",jB="ImageTagDetailList",GB="InvalidTagPar\
ameterException",zB="Key";var VB="LayerAlreadyExistsException",qB="LimitExceededException";var WB="LayersNotFoundException",KB="LayerPartTooSmallException";var JB="PutImage",YB="PutImageRequest",XB="PutImageResponse";var QB="Registry",ZB="RegistryAlias",eH="RepositoryAlreadyExistsException",tH="RegistryAliasList";var rH="RepositoryCatalogDataInput",oH="RepositoryCatalogDataNotFoundException",nH="RepositoryCatalogData",sH="ReferencedImageDetail",iH="ReferencedImagesNotFou\
ndException",aH="RegistryList",cH="RepositoryList",pH="RepositoryNotEmptyException",lH="RegistryNotFoundException",dH="RepositoryNotFoundException",uH="Reposito\
ryPolicyNotFoundException",mH="Repository",fH="ServerException",gH="SetRepositoryPolicy",hH="SetRepositoryPolicyRequest",yH="SetRepositoryPolicyResponse",EH="Ta\
g",xH="TagList",SH="TooManyTagsException";var RH="UnsupportedCommandException";var _H="UploadNotFoundException";var wH="Value",IH="aliases",TH="authorizationData",CH="artifactMediaType",vH="authorizationToken",mO="aboutText",fO="architectures",ae="client",gO="createdAt",hO="\
catalogData",yO="description";var AH="defaultRegistryAlias",re="error",bH="expiresAt";var PH="force",OH="image";var Oh="imageDigest",NH="imageDetail";var DH="imageId",EO="imageManifest",Nh="imageManifestMediaType",kH="imagePushedAt",$H="imageSizeInBytes";var LH="imageTagDetails",Dh="imageTag";var UH="logoImageBlob";var FH="logoUrl",MH="lastValidByteReceived",oe="message",BH="marketplaceCertified",kh="maxResults";var HH="name",rs="nextToken",xO="operatingSystems";var jH="primaryRegistryAlias";var SO="policyText",GH="repository";var zH="registryArn",VH="repositoryArn";var Jr="registryId",Ao="repositoryName",qH="repositoryNames",WH="registryUri",KH="repositoryUri",JH="registries",YH="repositories",RO="smithy.ts.sdk.synthetic.c\
om.amazonaws.ecrpublic",XH="server",QH="status",ZH="tags";var e2="uploadId",_O="usageText",t2="verified",I="com.amazonaws.ecrpublic",wO=Q.for(RO),r2=[-3,RO,"ECRPUBLICServiceException",0,[],[]];wO.registerError(r2,K);var te=Q.
for(I),o2=[-3,I,AB,{[re]:ae},[oe],[0]];te.registerError(o2,Jp);var n2=[-3,I,DB,{[re]:ae},[oe],[0]];te.registerError(n2,cl);var s2=[-3,I,kB,{[re]:ae},[oe],[0]];te.
registerError(s2,pl);var i2=[-3,I,FB,{[re]:ae},[oe],[0]];te.registerError(i2,il);var a2=[-3,I,BB,{[re]:ae},[oe],[0]];te.registerError(a2,ll);var c2=[-3,I,LB,{[re]:ae},
[oe],[0]];te.registerError(c2,Yp);var p2=[-3,I,UB,{[re]:ae},[Jr,Ao,e2,MH,oe],[0,0,0,1,0]];te.registerError(p2,dl);var l2=[-3,I,MB,{[re]:ae},[oe],[0]];te.registerError(
l2,zp);var d2=[-3,I,GB,{[re]:ae},[oe],[0]];te.registerError(d2,el);var u2=[-3,I,VB,{[re]:ae},[oe],[0]];te.registerError(u2,Xp);var m2=[-3,I,KB,{[re]:ae},[oe],[0]];
te.registerError(m2,Qp);var f2=[-3,I,WB,{[re]:ae},[oe],[0]];te.registerError(f2,ul);var g2=[-3,I,qB,{[re]:ae},[oe],[0]];te.registerError(g2,tl);var h2=[-3,I,iH,
{[re]:ae},[oe],[0]];te.registerError(h2,ml);var y2=[-3,I,lH,{[re]:ae},[oe],[0]];te.registerError(y2,Vp);var E2=[-3,I,eH,{[re]:ae},[oe],[0]];te.registerError(E2,
rl);var x2=[-3,I,oH,{[re]:ae},[oe],[0]];te.registerError(x2,al);var S2=[-3,I,pH,{[re]:ae},[oe],[0]];te.registerError(S2,nl);var R2=[-3,I,dH,{[re]:ae},[oe],[0]];
te.registerError(R2,qp);var _2=[-3,I,uH,{[re]:ae},[oe],[0]];te.registerError(_2,sl);var w2=[-3,I,fH,{[re]:XH},[oe],[0]];te.registerError(w2,Wp);var I2=[-3,I,SH,
{[re]:ae},[oe],[0]];te.registerError(I2,ol);var T2=[-3,I,RH,{[re]:ae},[oe],[0]];te.registerError(T2,Kp);var C2=[-3,I,_H,{[re]:ae},[oe],[0]];te.registerError(C2,
Zp);var IO=[wO,te],v2=[3,I,gB,0,[vH,bH],[0,4]];var A2=[3,I,yB,0,[Ao,hO,ZH],[0,()=>W2,()=>t3],1],b2=[3,I,EB,0,[GH,hO],[()=>TO,()=>q2]];var P2=[3,I,SB,0,[Ao,Jr,rs,kh],[0,0,0,1],1],O2=[3,I,RB,0,[LH,rs],[()=>X2,0]],N2=[3,I,_B,0,[rs,kh],[0,1]],D2=[3,I,wB,0,[JH,rs],[()=>Z2,0],1],k2=[3,I,IB,0,[Jr,qH,
rs,kh],[0,64,0,1]],$2=[3,I,TB,0,[YH,rs],[()=>e3,0]],L2=[3,I,PB,0,[],[]],U2=[3,I,OB,0,[TH],[()=>v2]];var F2=[3,I,NB,0,[Jr,Ao,DH,EO,Nh],[0,0,()=>M2,0,0]];var M2=[3,I,$B,0,[Oh,Dh],[0,0]],B2=[3,I,HB,0,[Dh,gO,NH],[0,4,()=>G2]];var H2=[3,I,YB,0,[Ao,EO,Jr,Nh,Dh,Oh],[0,0,0,0,0,0],2],j2=[3,I,XB,0,[OH],[()=>F2]];var G2=[3,I,sH,0,[Oh,$H,kH,Nh,CH],[0,1,4,0,0]],z2=[3,I,QB,0,[Jr,zH,WH,t2,IH],[0,0,0,2,()=>Q2],5],V2=[3,I,ZB,0,[HH,QH,jH,AH],[0,0,2,2],4];var TO=[3,I,mH,0,[VH,Jr,Ao,KH,gO],[0,0,0,0,4]],q2=[3,I,nH,0,[yO,fO,xO,FH,mO,_O,BH],[0,64,64,0,0,0,2]],W2=[3,I,rH,0,[yO,fO,xO,UH,mO,_O],[0,64,64,21,0,0]],K2=[3,I,
hH,0,[Ao,SO,Jr,PH],[0,0,0,2],2],J2=[3,I,yH,0,[Jr,Ao,SO],[0,0,0]],Y2=[3,I,EH,0,[zB,wH],[0,0]];var X2=[1,I,jB,0,()=>B2];var Q2=[1,I,tH,0,()=>V2],Z2=[1,I,aH,0,()=>z2],e3=[1,I,cH,0,()=>TO];var t3=[1,I,xH,0,()=>Y2];var CO=[9,I,hB,0,()=>A2,()=>b2];var vO=[9,I,xB,0,()=>P2,()=>O2],AO=[9,I,CB,0,()=>N2,()=>D2],bO=[9,I,vB,0,()=>k2,()=>$2],PO=[9,I,bB,0,()=>L2,()=>U2];var OO=[9,I,JB,0,()=>H2,()=>j2];var NO=[9,I,gH,0,()=>K2,()=>J2];var DO=t=>({apiVersion:"2020-10-30",base64Decoder:t?.base64Decoder??Se,base64Encoder:t?.base64Encoder??me,disableHostPrefix:t?.disableHostPrefix??!1,endpointProvider:t?.
endpointProvider??uO,extensions:t?.extensions??[],httpAuthSchemeProvider:t?.httpAuthSchemeProvider??LC,httpAuthSchemes:t?.httpAuthSchemes??[{schemeId:"aws.auth#\
sigv4",identityProvider:e=>e.getIdentityProvider("aws.auth#sigv4"),signer:new ge}],logger:t?.logger??new _e,protocol:t?.protocol??tn,protocolSettings:t?.protocolSettings??
{defaultNamespace:"com.amazonaws.ecrpublic",errorTypeRegistries:IO,xmlNamespace:"http://ecr-public.amazonaws.com/doc/2020-12-02/",version:"2020-10-30",serviceTarget:"\
SpencerFrontendService"},serviceId:t?.serviceId??"ECR PUBLIC",sha256:t?.sha256??ht,urlParser:t?.urlParser??fe,utf8Decoder:t?.utf8Decoder??se,utf8Encoder:t?.utf8Encoder??
Z});var kO=t=>{Dt(process.version);let e=Ft(t),r=()=>e().then(Nt),o=DO(t);It(process.version);let n={profile:t?.profile,logger:o.logger};return{...o,...t,runtime:"n\
ode",defaultsMode:e,authSchemePreference:t?.authSchemePreference??_(gt,n),bodyLengthChecker:t?.bodyLengthChecker??Tt,credentialDefaultProvider:t?.credentialDefaultProvider??
Vi,defaultUserAgentProvider:t?.defaultUserAgentProvider??Zt({serviceId:o.serviceId,clientVersion:BC.version}),maxAttempts:t?.maxAttempts??_(Jt,t),region:t?.region??
_(be,{...rt,...n}),requestHandler:ke.create(t?.requestHandler??r),retryMode:t?.retryMode??_({...Xt,default:async()=>(await r()).retryMode||at},t),streamCollector:t?.
streamCollector??Ge,useDualstackEndpoint:t?.useDualstackEndpoint??_(bt,n),useFipsEndpoint:t?.useFipsEndpoint??_(Pt,n),userAgentAppId:t?.userAgentAppId??_(er,n)}};M();T();F();var $O=t=>{let e=t.httpAuthSchemes,r=t.httpAuthSchemeProvider,o=t.credentials;return{setHttpAuthScheme(n){let s=e.findIndex(i=>i.schemeId===n.schemeId);s===-1?e.
push(n):e.splice(s,1,n)},httpAuthSchemes(){return e},setHttpAuthSchemeProvider(n){r=n},httpAuthSchemeProvider(){return r},setCredentials(n){o=n},credentials(){return o}}},
LO=t=>({httpAuthSchemes:t.httpAuthSchemes(),httpAuthSchemeProvider:t.httpAuthSchemeProvider(),credentials:t.credentials()});var UO=(t,e)=>{let r=Object.assign(tr(t),kt(t),Bt(t),$O(t));return e.forEach(o=>o.configure(r)),Object.assign(t,rr(r),$t(r),Ht(r),LO(r))};var fl=class extends Te{config;constructor(...[e]){let r=kO(e||{});super(r),this.initConfig=r;let o=FC(r),n=qt(o),s=Yt(n),i=Ut(s),a=i,c=ar(a),l=UC(c),d=UO(l,e?.
extensions||[]);this.config=d,this.middlewareStack.use(Ot(this.config)),this.middlewareStack.use(Qt(this.config)),this.middlewareStack.use(pr(this.config)),this.
middlewareStack.use(jt(this.config)),this.middlewareStack.use(Gt(this.config)),this.middlewareStack.use(zt(this.config)),this.middlewareStack.use(Vt(this.config)),
this.middlewareStack.use(dt(this.config,{httpAuthSchemeParametersProvider:$C,identityProviderConfigProvider:async u=>new Ve({"aws.auth#sigv4":u.credentials})})),
this.middlewareStack.use(ut(this.config))}destroy(){super.destroy()}};T();W();var St=Lt(MC,"SpencerFrontendService","ECRPUBLICClient",cr),Rt={},_t=(t,e,r,o)=>[];var gl=class extends St(Rt,_t,"CreateRepository",CO){};var hl=class extends St(Rt,_t,"DescribeImageTags",vO){};var yl=class extends St(Rt,_t,"DescribeRegistries",AO){};var El=class extends St(Rt,_t,"DescribeRepositories",bO){};var xl=class extends St(Rt,_t,"GetAuthorizationToken",PO){};var Sl=class extends St(Rt,_t,"PutImage",OO){};var Rl=class extends St(Rt,_t,"SetRepositoryPolicy",NO){};function Wi(t,e){let r=new URL(t),{request:o}=r.protocol==="https:"?require("node:https"):require("node:http");return new Promise((n,s)=>{let i=iE(r,process.env)??
!1,a=o(r,{method:e.method??"GET",headers:e.headers,agent:i,signal:e.signal,timeout:e.timeoutMs},c=>{let l=[];c.on("data",d=>l.push(d)),c.on("error",s),c.on("end",
()=>n({status:c.statusCode??0,text:Buffer.concat(l).toString("utf8"),headers:c.headers}))});if(e.connectTimeoutMs!==void 0){let c=e.connectTimeoutMs;a.on("socke\
t",l=>{if(!l.connecting)return;let d=setTimeout(()=>a.destroy(new Error(`no connection within ${c} ms`)),c);l.once("connect",()=>clearTimeout(d)),l.once("close",
()=>clearTimeout(d))})}a.on("timeout",()=>a.destroy(new Error(`no answer within ${e.timeoutMs} ms`))),a.on("error",s),a.end(e.body)})}var FO=3e4,r3=t=>/^(127\.\d+\.\d+\.\d+|localhost|\[::1\])(:\d+)?$/.test(t)?"http":"https";function o3(t){let e=/^(\w+)\s*(.*)$/.exec(t??"");if(!e)return;let r={};
for(let o of e[2].matchAll(/(\w+)="([^"]*)"/g))r[o[1]]=o[2];return{kind:e[1].toLowerCase(),params:r}}async function MO(t,e,r,o,n){let s=`${r3(t.host)}://${t.host}\
/v2/${e}/manifests/${encodeURIComponent(r)}`,i=`Basic ${Buffer.from(`${t.username}:${t.password}`).toString("base64")}`,a=d=>Wi(s,{headers:{accept:o.join(", "),
...d?{authorization:d}:{}},timeoutMs:FO,signal:n}),c=await a();if(c.status===401){let d=o3(c.headers["www-authenticate"]);if(d?.kind==="bearer"&&d.params.realm){
let u=new URL(d.params.realm);d.params.service&&u.searchParams.set("service",d.params.service),u.searchParams.set("scope",d.params.scope??`repository:${e}:pull`);
let m=await Wi(u,{headers:{authorization:i},timeoutMs:FO,signal:n}),f=JSON.parse(m.text);c=await a(`Bearer ${f.token??f.access_token}`)}else c=await a(i)}if(c.status!==
200)throw new Error(`the registry answered ${c.status} for ${e}:${r}`);let l=JSON.parse(c.text).mediaType;return{manifest:c.text,mediaType:l??String(c.headers["\
content-type"]??"").split(";")[0]}}var Wh=require("node:fs");M();it();T();$();W();F();mt();X();we();T();var BO=async(t,e,r)=>({operation:ee(e).operation,region:await q(t.region)()||(()=>{throw new Error("expected `region` to be configured for `aws.auth#si\
gv4`")})()});function n3(t){return{schemeId:"aws.auth#sigv4",signingProperties:{name:"ecr",region:t.region},propertiesExtractor:(e,r)=>({signingProperties:{config:e,
context:r}})}}var HO=t=>{let e=[];switch(t.operation){default:e.push(n3(t))}return e},jO=t=>{let e=lr(t);return Object.assign(e,{authSchemePreference:q(t.authSchemePreference??
[])})};var GO=t=>Object.assign(t,{useDualstackEndpoint:t.useDualstackEndpoint??!1,useFipsEndpoint:t.useFipsEndpoint??!1,defaultSigningName:"ecr"}),zO={UseFIPS:{type:"b\
uiltInParams",name:"useFipsEndpoint"},Endpoint:{type:"builtInParams",name:"endpoint"},Region:{type:"builtInParams",name:"region"},UseDualStack:{type:"builtInPar\
ams",name:"useDualstackEndpoint"}};var VO={name:"@aws-sdk/client-ecr",version:"3.1169.0",description:"AWS SDK for JavaScript Ecr Client for Node.js, Browser and React Native",homepage:"https://gi\
thub.com/aws/aws-sdk-js-v3/tree/main/clients/client-ecr",license:"Apache-2.0",author:{name:"AWS SDK for JavaScript Team",url:"https://aws.amazon.com/sdk-for-jav\
ascript/"},repository:{type:"git",url:"https://github.com/aws/aws-sdk-js-v3.git",directory:"clients/client-ecr"},files:["dist-*/**"],sideEffects:!1,main:"./dist\
-cjs/index.js",module:"./dist-es/index.js",browser:{"./dist-es/runtimeConfig":"./dist-es/runtimeConfig.browser"},types:"./dist-types/index.d.ts",typesVersions:{
"<4.5":{"dist-types/*":["dist-types/ts3.4/*"]}},"react-native":{"./dist-es/runtimeConfig":"./dist-es/runtimeConfig.native"},scripts:{build:"concurrently 'yarn:b\
uild:types' 'yarn:build:es' && yarn build:cjs","build:cjs":"node ../../scripts/compilation/inline","build:es":"premove dist-es && tsc -p tsconfig.es.json","buil\
d:include:deps":'yarn g:turbo run build -F="$npm_package_name"',"build:types":"premove dist-types && tsc -p tsconfig.types.json","build:types:downlevel":"downle\
vel-dts dist-types dist-types/ts3.4",clean:"premove dist-cjs dist-es dist-types","extract:docs":"api-extractor run --local","generate:client":"node ../../script\
s/generate-clients/single-service","test:e2e":"yarn g:vitest run -c vitest.config.e2e.mts","test:e2e:watch":"yarn g:vitest watch -c vitest.config.e2e.mts","test\
:index":"tsc -p tsconfig.test.json && node ./test/index-objects.spec.mjs"},dependencies:{"@aws-sdk/core":"^3.981.0","@aws-sdk/credential-provider-node":"^3.972.\
97","@aws-sdk/types":"^3.975.1","@smithy/core":"^3.40.0","@smithy/fetch-http-handler":"^5.8.1","@smithy/node-http-handler":"^4.14.2","@smithy/types":"^4.20.0",tslib:"\
^2.6.2"},devDependencies:{"@tsconfig/node20":"20.1.8","@types/node":"^20.14.8",concurrently:"7.0.0","downlevel-dts":"0.10.1",premove:"4.0.0",typescript:"~7.0.2"},
engines:{node:">=20.0.0"}};M();we();T();$();mt();k();uo();we();rn();on();T();F();k();M();W();W();var os="ref",un=-1,_l=!0,qO="isSet",Lh="PartitionResult",bo="stringEquals",wl="booleanEquals",$h="getAttr",WO={[os]:"Endpoint"},Po={fn:$h,argv:[{[os]:Lh},"n\
ame"]},KO={[os]:Lh},mn={},JO=[{[os]:"Region"}],YO={conditions:[[qO,[WO]],[qO,JO],["aws.partition",JO,Lh],[bo,[Po,"aws-eusc"]],[bo,[Po,"aws-iso-f"]],[bo,[Po,"aws\
-iso-e"]],[bo,[Po,"aws-iso-b"]],[bo,[Po,"aws-iso"]],[bo,[Po,"aws-cn"]],[bo,[Po,"aws-us-gov"]],[bo,[Po,"aws"]],[wl,[{[os]:"UseFIPS"},_l]],[wl,[{fn:$h,argv:[KO,"s\
upportsFIPS"]},_l]],[wl,[{[os]:"UseDualStack"},_l]],[wl,[{fn:$h,argv:[KO,"supportsDualStack"]},_l]]],results:[[un],[un,"Invalid Configuration: FIPS and custom e\
ndpoint are not supported"],[un,"Invalid Configuration: Dualstack and custom endpoint are not supported"],[WO,mn],["https://api.ecr.{Region}.{PartitionResult#dn\
sSuffix}",mn],["https://ecr.{Region}.{PartitionResult#dualStackDnsSuffix}",mn],["https://api.ecr-fips.{Region}.{PartitionResult#dnsSuffix}",mn],["https://ecr-fi\
ps.{Region}.{PartitionResult#dualStackDnsSuffix}",mn],["https://api.ecr-fips.{Region}.{PartitionResult#dualStackDnsSuffix}",mn],[un,"FIPS and DualStack are enab\
led, but this partition does not support one or both"],[un,"FIPS is enabled but this partition does not support FIPS"],["https://api.ecr.{Region}.{PartitionResu\
lt#dualStackDnsSuffix}",mn],[un,"DualStack is enabled but this partition does not support DualStack"],[un,"Invalid Configuration: Missing Region"]]},i3=2,Ue=1e8,
a3=new Int32Array([-1,1,-1,0,23,3,1,4,Ue+13,2,5,Ue+13,3,20,6,4,20,7,5,20,8,6,20,9,7,20,10,8,20,11,9,20,12,10,20,13,11,16,14,13,15,Ue+4,14,Ue+11,Ue+12,12,18,17,13,
Ue+9,Ue+10,13,19,Ue+6,14,Ue+8,Ue+9,11,22,21,13,Ue+5,Ue+4,13,Ue+7,Ue+6,11,Ue+1,24,13,Ue+2,Ue+3]),XO=ot.from(a3,i3,YO.conditions,YO.results);var c3=new nt({size:50,params:["Endpoint","Region","UseDualStack","UseFIPS"]}),QO=(t,e={})=>c3.get(t,()=>Mt(XO,{endpointParams:t,logger:e.logger}));Pe.aws=ft;X();T();var C=class t extends tt{static shapeId="smithy.ts.sdk.synthetic.com.amazonaws.ecr#ECRServiceException";constructor(e){super(e),Object.setPrototypeOf(this,t.prototype)}};var Il=class t extends C{static shapeId="com.amazonaws.ecr#InvalidParameterException";name="InvalidParameterException";$fault="client";constructor(e){super({name:"\
InvalidParameterException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Tl=class t extends C{static shapeId="com.amazonaws.ecr#RepositoryNot\
FoundException";name="RepositoryNotFoundException";$fault="client";constructor(e){super({name:"RepositoryNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(
this,t.prototype)}},Cl=class t extends C{static shapeId="com.amazonaws.ecr#ServerException";name="ServerException";$fault="server";constructor(e){super({name:"S\
erverException",$fault:"server",...e}),Object.setPrototypeOf(this,t.prototype)}},vl=class t extends C{static shapeId="com.amazonaws.ecr#LimitExceededException";name="\
LimitExceededException";$fault="client";constructor(e){super({name:"LimitExceededException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Al=class t extends C{static shapeId="\
com.amazonaws.ecr#UnableToGetUpstreamImageException";name="UnableToGetUpstreamImageException";$fault="client";constructor(e){super({name:"UnableToGetUpstreamIma\
geException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},bl=class t extends C{static shapeId="com.amazonaws.ecr#ValidationException";name="\
ValidationException";$fault="client";constructor(e){super({name:"ValidationException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Pl=class t extends C{static shapeId="\
com.amazonaws.ecr#EmptyUploadException";name="EmptyUploadException";$fault="client";constructor(e){super({name:"EmptyUploadException",$fault:"client",...e}),Object.
setPrototypeOf(this,t.prototype)}},Ol=class t extends C{static shapeId="com.amazonaws.ecr#InvalidLayerException";name="InvalidLayerException";$fault="client";constructor(e){
super({name:"InvalidLayerException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Nl=class t extends C{static shapeId="com.amazonaws.ecr#KmsE\
xception";name="KmsException";$fault="client";kmsError;constructor(e){super({name:"KmsException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),
this.kmsError=e.kmsError}},Dl=class t extends C{static shapeId="com.amazonaws.ecr#LayerAlreadyExistsException";name="LayerAlreadyExistsException";$fault="client";constructor(e){
super({name:"LayerAlreadyExistsException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},kl=class t extends C{static shapeId="com.amazonaws.ec\
r#LayerPartTooSmallException";name="LayerPartTooSmallException";$fault="client";constructor(e){super({name:"LayerPartTooSmallException",$fault:"client",...e}),Object.
setPrototypeOf(this,t.prototype)}},$l=class t extends C{static shapeId="com.amazonaws.ecr#UploadNotFoundException";name="UploadNotFoundException";$fault="client";constructor(e){
super({name:"UploadNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Ll=class t extends C{static shapeId="com.amazonaws.ecr#Pu\
llThroughCacheRuleAlreadyExistsException";name="PullThroughCacheRuleAlreadyExistsException";$fault="client";constructor(e){super({name:"PullThroughCacheRuleAlre\
adyExistsException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Ul=class t extends C{static shapeId="com.amazonaws.ecr#SecretNotFoundExcept\
ion";name="SecretNotFoundException";$fault="client";constructor(e){super({name:"SecretNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},
Fl=class t extends C{static shapeId="com.amazonaws.ecr#UnableToAccessSecretException";name="UnableToAccessSecretException";$fault="client";constructor(e){super(
{name:"UnableToAccessSecretException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Ml=class t extends C{static shapeId="com.amazonaws.ecr#Un\
ableToDecryptSecretValueException";name="UnableToDecryptSecretValueException";$fault="client";constructor(e){super({name:"UnableToDecryptSecretValueException",$fault:"\
client",...e}),Object.setPrototypeOf(this,t.prototype)}},Bl=class t extends C{static shapeId="com.amazonaws.ecr#UnsupportedUpstreamRegistryException";name="Unsu\
pportedUpstreamRegistryException";$fault="client";constructor(e){super({name:"UnsupportedUpstreamRegistryException",$fault:"client",...e}),Object.setPrototypeOf(
this,t.prototype)}},Hl=class t extends C{static shapeId="com.amazonaws.ecr#InvalidTagParameterException";name="InvalidTagParameterException";$fault="client";constructor(e){
super({name:"InvalidTagParameterException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},jl=class t extends C{static shapeId="com.amazonaws.e\
cr#RepositoryAlreadyExistsException";name="RepositoryAlreadyExistsException";$fault="client";constructor(e){super({name:"RepositoryAlreadyExistsException",$fault:"\
client",...e}),Object.setPrototypeOf(this,t.prototype)}},Gl=class t extends C{static shapeId="com.amazonaws.ecr#TooManyTagsException";name="TooManyTagsException";$fault="\
client";constructor(e){super({name:"TooManyTagsException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},zl=class t extends C{static shapeId="\
com.amazonaws.ecr#TemplateAlreadyExistsException";name="TemplateAlreadyExistsException";$fault="client";constructor(e){super({name:"TemplateAlreadyExistsExcepti\
on",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Vl=class t extends C{static shapeId="com.amazonaws.ecr#LifecyclePolicyNotFoundException";name="\
LifecyclePolicyNotFoundException";$fault="client";constructor(e){super({name:"LifecyclePolicyNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,
t.prototype)}},ql=class t extends C{static shapeId="com.amazonaws.ecr#PullThroughCacheRuleNotFoundException";name="PullThroughCacheRuleNotFoundException";$fault="\
client";constructor(e){super({name:"PullThroughCacheRuleNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Wl=class t extends C{static shapeId="\
com.amazonaws.ecr#RegistryPolicyNotFoundException";name="RegistryPolicyNotFoundException";$fault="client";constructor(e){super({name:"RegistryPolicyNotFoundExce\
ption",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Kl=class t extends C{static shapeId="com.amazonaws.ecr#RepositoryNotEmptyException";name="\
RepositoryNotEmptyException";$fault="client";constructor(e){super({name:"RepositoryNotEmptyException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},
Jl=class t extends C{static shapeId="com.amazonaws.ecr#TemplateNotFoundException";name="TemplateNotFoundException";$fault="client";constructor(e){super({name:"T\
emplateNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Yl=class t extends C{static shapeId="com.amazonaws.ecr#RepositoryPoli\
cyNotFoundException";name="RepositoryPolicyNotFoundException";$fault="client";constructor(e){super({name:"RepositoryPolicyNotFoundException",$fault:"client",...e}),
Object.setPrototypeOf(this,t.prototype)}},Xl=class t extends C{static shapeId="com.amazonaws.ecr#SigningConfigurationNotFoundException";name="SigningConfigurati\
onNotFoundException";$fault="client";constructor(e){super({name:"SigningConfigurationNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},
Ql=class t extends C{static shapeId="com.amazonaws.ecr#ExclusionNotFoundException";name="ExclusionNotFoundException";$fault="client";constructor(e){super({name:"\
ExclusionNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Zl=class t extends C{static shapeId="com.amazonaws.ecr#ImageNotFoun\
dException";name="ImageNotFoundException";$fault="client";constructor(e){super({name:"ImageNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,
t.prototype)}},ed=class t extends C{static shapeId="com.amazonaws.ecr#ScanNotFoundException";name="ScanNotFoundException";$fault="client";constructor(e){super({
name:"ScanNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},td=class t extends C{static shapeId="com.amazonaws.ecr#Replication\
BackfillNotFoundException";name="ReplicationBackfillNotFoundException";$fault="client";constructor(e){super({name:"ReplicationBackfillNotFoundException",$fault:"\
client",...e}),Object.setPrototypeOf(this,t.prototype)}},rd=class t extends C{static shapeId="com.amazonaws.ecr#LayerInaccessibleException";name="LayerInaccessi\
bleException";$fault="client";constructor(e){super({name:"LayerInaccessibleException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},od=class t extends C{static shapeId="\
com.amazonaws.ecr#LayersNotFoundException";name="LayersNotFoundException";$fault="client";constructor(e){super({name:"LayersNotFoundException",$fault:"client",...e}),
Object.setPrototypeOf(this,t.prototype)}},nd=class t extends C{static shapeId="com.amazonaws.ecr#UnableToGetUpstreamLayerException";name="UnableToGetUpstreamLay\
erException";$fault="client";constructor(e){super({name:"UnableToGetUpstreamLayerException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},sd=class t extends C{static shapeId="\
com.amazonaws.ecr#LifecyclePolicyPreviewNotFoundException";name="LifecyclePolicyPreviewNotFoundException";$fault="client";constructor(e){super({name:"LifecycleP\
olicyPreviewNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},id=class t extends C{static shapeId="com.amazonaws.ecr#UnableToL\
istUpstreamImageReferrersException";name="UnableToListUpstreamImageReferrersException";$fault="client";constructor(e){super({name:"UnableToListUpstreamImageRefe\
rrersException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},ad=class t extends C{static shapeId="com.amazonaws.ecr#ImageAlreadyExistsExcept\
ion";name="ImageAlreadyExistsException";$fault="client";constructor(e){super({name:"ImageAlreadyExistsException",$fault:"client",...e}),Object.setPrototypeOf(this,
t.prototype)}},cd=class t extends C{static shapeId="com.amazonaws.ecr#ImageDigestDoesNotMatchException";name="ImageDigestDoesNotMatchException";$fault="client";constructor(e){
super({name:"ImageDigestDoesNotMatchException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},pd=class t extends C{static shapeId="com.amazona\
ws.ecr#ImageTagAlreadyExistsException";name="ImageTagAlreadyExistsException";$fault="client";constructor(e){super({name:"ImageTagAlreadyExistsException",$fault:"\
client",...e}),Object.setPrototypeOf(this,t.prototype)}},ld=class t extends C{static shapeId="com.amazonaws.ecr#ReferencedImagesNotFoundException";name="Referen\
cedImagesNotFoundException";$fault="client";constructor(e){super({name:"ReferencedImagesNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},
dd=class t extends C{static shapeId="com.amazonaws.ecr#BlockedByOrganizationPolicyException";name="BlockedByOrganizationPolicyException";$fault="client";constructor(e){
super({name:"BlockedByOrganizationPolicyException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},ud=class t extends C{static shapeId="com.ama\
zonaws.ecr#ExclusionAlreadyExistsException";name="ExclusionAlreadyExistsException";$fault="client";constructor(e){super({name:"ExclusionAlreadyExistsException",
$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},md=class t extends C{static shapeId="com.amazonaws.ecr#ImageArchivedException";name="ImageArchi\
vedException";$fault="client";constructor(e){super({name:"ImageArchivedException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},fd=class t extends C{static shapeId="\
com.amazonaws.ecr#UnsupportedImageTypeException";name="UnsupportedImageTypeException";$fault="client";constructor(e){super({name:"UnsupportedImageTypeException",
$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},gd=class t extends C{static shapeId="com.amazonaws.ecr#LifecyclePolicyPreviewInProgressExceptio\
n";name="LifecyclePolicyPreviewInProgressException";$fault="client";constructor(e){super({name:"LifecyclePolicyPreviewInProgressException",$fault:"client",...e}),
Object.setPrototypeOf(this,t.prototype)}},hd=class t extends C{static shapeId="com.amazonaws.ecr#ReplicationBackfillInProgressException";name="ReplicationBackfi\
llInProgressException";$fault="client";constructor(e){super({name:"ReplicationBackfillInProgressException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},
yd=class t extends C{static shapeId="com.amazonaws.ecr#ReplicationBackfillInvalidStatusException";name="ReplicationBackfillInvalidStatusException";$fault="clien\
t";constructor(e){super({name:"ReplicationBackfillInvalidStatusException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Ed=class t extends C{static shapeId="\
com.amazonaws.ecr#ImageStorageClassUpdateNotSupportedException";name="ImageStorageClassUpdateNotSupportedException";$fault="client";constructor(e){super({name:"\
ImageStorageClassUpdateNotSupportedException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},xd=class t extends C{static shapeId="com.amazonaw\
s.ecr#InvalidLayerPartException";name="InvalidLayerPartException";$fault="client";registryId;repositoryName;uploadId;lastValidByteReceived;constructor(e){super(
{name:"InvalidLayerPartException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),this.registryId=e.registryId,this.repositoryName=e.repositoryName,
this.uploadId=e.uploadId,this.lastValidByteReceived=e.lastValidByteReceived}};var p3="Attribute",l3="AuthorizationData",d3="AuthorizationDataList",u3="AwsEcrContainerImageDetails",m3="AttributeList",f3="BlockedByOrganizationPolicyExceptio\
n";var g3="BatchGetImage",h3="BatchGetImageRequest",y3="BatchGetImageResponse";var E3="CreateRepository";var x3="CreateRepositoryRequest",S3="CreateRepositoryResponse",R3="CvssScore",_3="CvssScoreAdjustment",w3="CvssScoreAdjustmentList",I3="CvssScoreDetails",T3="Cv\
ssScoreList",C3="DescribeImages",v3="DescribeImagesFilter",A3="DescribeImagesRequest";var b3="DescribeImagesResponse",P3="DescribeImageScanFindings",O3="DescribeImageScanFindingsRequest",N3="DescribeImageScanFindingsResponse";var D3="DescribeRepositoriesRequest",k3="DescribeRepositoriesResponse";var $3="DescribeRepositories";var L3="ExclusionAlreadyExistsException",U3="EncryptionConfiguration";var F3="EnhancedImageScanFinding",M3="EnhancedImageScanFindingList",B3="ExclusionNotFoundException",H3="EmptyUploadException";var j3="GetAuthorizationToken",G3="GetAuthorizationTokenRequest",z3="GetAuthorizationTokenResponse";var V3="Image",q3="ImageArchivedException",W3="ImageAlreadyExistsException",K3="ImageDetail",J3="ImageDigestDoesNotMatchException",Y3="ImageDetailList",X3="Imag\
eFailure",Q3="ImageFailureList",Z3="ImageIdentifier",e4="ImageIdentifierList",t4="ImageList",r4="InvalidLayerException",o4="InvalidLayerPartException";var n4="ImageNotFoundException",s4="InvalidParameterException";var i4="ImageScanningConfiguration",a4="ImageStorageClassUpdateNotSupportedException",c4="ImageScanFinding",p4="ImageScanFindingList",l4="ImageScanFindingsSumma\
ry",d4="ImageScanFindings",u4="ImageScanStatus";var m4="ImageTagAlreadyExistsException",f4="ImageTagMutabilityExclusionFilter",g4="ImageTagMutabilityExclusionFilters",h4="InvalidTagParameterException",y4="Key",
E4="KmsException";var x4="LayerAlreadyExistsException",S4="LimitExceededException";var R4="LayerInaccessibleException";var _4="LayersNotFoundException",w4="LifecyclePolicyNotFoundException";var I4="LifecyclePolicyPreviewInProgressException",T4="LifecyclePolicyPreviewNotFoundException";var C4="LayerPartTooSmallException";var v4="PutImage",A4="PutImageRequest",b4="PutImageResponse";var P4="PutLifecyclePolicy",O4="PutLifecyclePolicyRequest",N4="PutLifecyclePolicyResponse";var D4="PullThroughCacheRuleAlreadyExistsException";var k4="PullThroughCacheRuleNotFoundException",$4="PackageVulnerabilityDetails",L4="Recommendation",U4="RepositoryAlreadyExistsException",F4="ReplicationBackfil\
lInProgressException",M4="ReplicationBackfillInvalidStatusException",B4="ReplicationBackfillNotFoundException";var H4="ResourceDetails";var j4="ReferencedImagesNotFoundException",G4="RepositoryList",z4="ResourceList",V4="RepositoryNotEmptyException",q4="RepositoryNotFoundException",W4="RegistryP\
olicyNotFoundException",K4="RepositoryPolicyNotFoundException";var J4="Remediation",Y4="Repository",X4="Resource";var Q4="SigningConfigurationNotFoundException",Z4="ScoreDetails",ej="ServerException";var tj="StartImageScan",rj="StartImageScanRequest",oj="StartImageScanResponse";var nj="ScanNotFoundException",sj="SecretNotFoundException";var ij="SetRepositoryPolicy",aj="SetRepositoryPolicyRequest",cj="SetRepositoryPolicyResponse",pj="Tag",lj="TemplateAlreadyExistsException";var dj="TagList",uj="TooManyTagsException",mj="TemplateNotFoundException";var fj="UnsupportedImageTypeException";var gj="UploadNotFoundException";var hj="UnableToAccessSecretException",yj="UnableToDecryptSecretValueException",Ej="UnableToGetUpstreamImageException",xj="UnableToGetUpstreamLayerException",Sj="\
UnableToListUpstreamImageReferrersException",Rj="UnsupportedUpstreamRegistryException",_j="Value",wj="ValidationException",Ij="VulnerablePackage",Tj="Vulnerable\
PackagesList";var Cj="architecture",vj="awsAccountId",Aj="authorizationData",bj="awsEcrContainerImage";var Pj="acceptedMediaTypes",Oj="artifactMediaType";var Nj="authorizationToken";var Dj="adjustments";var kj="arch",$j="attributes",Lj="author";var Uj="baseScore",D="client";var Fj="createdAt";var ZO="cvss",Uh="description";var Mj="details";var O="error",Bj="expiresAt";var Hj="exploitAvailable",eN="encryptionConfiguration",jj="enhancedFindings";var Gj="encryptionType",zj="epoch",Vj="failures",qj="findingArn",Wj="fixAvailable",Kj="failureCode";var Jj="fixedInVersion",Yj="firstObservedAt",Xj="filePath",Qj="failureReason";var tN="findingSeverityCounts",Zj="filterType";var rN="filter",eG="findings",tG="force",rG="httpError",oG="images",nG="imageDetails",Fh="imageDigest",sG="imageHash",oN="imageIds",ns="imageId",nN="imageManife\
st",Mh="imageManifestMediaType",iG="imagePushedAt",sN="imageStatus",iN="imageScanningConfiguration",aN="imageScanCompletedAt",aG="imageScanFindings",cG="imageSc\
anFindingsSummary",pG="imageSizeInBytes",Bh="imageScanStatus",cN="imageTags";var pN="imageTagMutability",lN="imageTagMutabilityExclusionFilters",dN="imageTag",lG="inUseCount";var dG="id",uG="image",mG="key",fG="kmsError",gG="kmsKey";var hG="lastArchivedAt",yG="lastActivatedAt";var EG="lastInUseAt",xG="lastObservedAt";var uN="lifecyclePolicyText",SG="lastRecordedPullTime";var RG="lastValidByteReceived",N="message",Hh="maxResults";var _G="metric",mN="name",ss="nextToken",wG="platform",IG="pushedAt";var TG="proxyEndpoint";var CG="packageManager";var fN="policyText";var vG="packageVulnerabilityDetails";var AG="registry";var bG="repositoryArn";var Fe="registryId",PG="registryIds",Me="repositoryName",OG="repositoryNames";var NG="referenceUrls",DG="repositoryUri",kG="relatedVulnerabilities",$G="repository",LG="reason",UG="recommendation";var FG="release",MG="remediation",BG="repositories";var HG="resources";var gN="smithy.ts.sdk.synthetic.com.amazonaws.ecr";var jG="scoreDetails";var GG="sourceLayerHash",zG="subjectManifestDigest",VG="scanOnPush";var qG="scoreSource";var WG="sourceUrl",hN="scoringVector",yN="score",KG="server",EN="severity";var xN="source",SN="status";var RN="tags";var JG="tagStatus";var YG="text",XG="title",_N="type",QG="uri",ZG="updatedAt",ez="uploadId";var tz="url",rz="value",oz="vendorCreatedAt",nz="vulnerabilityId",sz="vulnerablePackages",iz="vendorSeverity",wN="vulnerabilitySourceUpdatedAt",az="vendorUpdate\
dAt",jh="version",E="com.amazonaws.ecr",IN=new Q(gN),cz=[-3,gN,"ECRServiceException",0,[],[]];IN.registerError(cz,C);var A=new Q(E),pz=[-3,E,f3,{[O]:D},[N],[0]];
A.registerError(pz,dd);var lz=[-3,E,H3,{[O]:D},[N],[0]];A.registerError(lz,Pl);var dz=[-3,E,L3,{[O]:D},[N],[0]];A.registerError(dz,ud);var uz=[-3,E,B3,{[O]:D},[
N],[0]];A.registerError(uz,Ql);var mz=[-3,E,W3,{[O]:D},[N],[0]];A.registerError(mz,ad);var fz=[-3,E,q3,{[O]:D},[N],[0]];A.registerError(fz,md);var gz=[-3,E,J3,{
[O]:D},[N],[0]];A.registerError(gz,cd);var hz=[-3,E,n4,{[O]:D},[N],[0]];A.registerError(hz,Zl);var yz=[-3,E,a4,{[O]:D},[N],[0]];A.registerError(yz,Ed);var Ez=[-3,
E,m4,{[O]:D},[N],[0]];A.registerError(Ez,pd);var xz=[-3,E,r4,{[O]:D},[N],[0]];A.registerError(xz,Ol);var Sz=[-3,E,o4,{[O]:D},[Fe,Me,ez,RG,N],[0,0,0,1,0]];A.registerError(
Sz,xd);var Rz=[-3,E,s4,{[O]:D},[N],[0]];A.registerError(Rz,Il);var _z=[-3,E,h4,{[O]:D},[N],[0]];A.registerError(_z,Hl);var wz=[-3,E,E4,{[O]:D},[N,fG],[0,0]];A.registerError(
wz,Nl);var Iz=[-3,E,x4,{[O]:D},[N],[0]];A.registerError(Iz,Dl);var Tz=[-3,E,R4,{[O]:D},[N],[0]];A.registerError(Tz,rd);var Cz=[-3,E,C4,{[O]:D},[N],[0]];A.registerError(
Cz,kl);var vz=[-3,E,_4,{[O]:D},[N],[0]];A.registerError(vz,od);var Az=[-3,E,w4,{[O]:D},[N],[0]];A.registerError(Az,Vl);var bz=[-3,E,I4,{[O]:D},[N],[0]];A.registerError(
bz,gd);var Pz=[-3,E,T4,{[O]:D},[N],[0]];A.registerError(Pz,sd);var Oz=[-3,E,S4,{[O]:D},[N],[0]];A.registerError(Oz,vl);var Nz=[-3,E,D4,{[O]:D},[N],[0]];A.registerError(
Nz,Ll);var Dz=[-3,E,k4,{[O]:D},[N],[0]];A.registerError(Dz,ql);var kz=[-3,E,j4,{[O]:D},[N],[0]];A.registerError(kz,ld);var $z=[-3,E,W4,{[O]:D},[N],[0]];A.registerError(
$z,Wl);var Lz=[-3,E,F4,{[O]:D},[N],[0]];A.registerError(Lz,hd);var Uz=[-3,E,M4,{[O]:D},[N],[0]];A.registerError(Uz,yd);var Fz=[-3,E,B4,{[O]:D},[N],[0]];A.registerError(
Fz,td);var Mz=[-3,E,U4,{[O]:D},[N],[0]];A.registerError(Mz,jl);var Bz=[-3,E,V4,{[O]:D},[N],[0]];A.registerError(Bz,Kl);var Hz=[-3,E,q4,{[O]:D},[N],[0]];A.registerError(
Hz,Tl);var jz=[-3,E,K4,{[O]:D},[N],[0]];A.registerError(jz,Yl);var Gz=[-3,E,nj,{[O]:D},[N],[0]];A.registerError(Gz,ed);var zz=[-3,E,sj,{[O]:D},[N],[0]];A.registerError(
zz,Ul);var Vz=[-3,E,ej,{[O]:KG},[N],[0]];A.registerError(Vz,Cl);var qz=[-3,E,Q4,{[O]:D},[N],[0]];A.registerError(qz,Xl);var Wz=[-3,E,lj,{[O]:D},[N],[0]];A.registerError(
Wz,zl);var Kz=[-3,E,mj,{[O]:D},[N],[0]];A.registerError(Kz,Jl);var Jz=[-3,E,uj,{[O]:D},[N],[0]];A.registerError(Jz,Gl);var Yz=[-3,E,hj,{[O]:D},[N],[0]];A.registerError(
Yz,Fl);var Xz=[-3,E,yj,{[O]:D},[N],[0]];A.registerError(Xz,Ml);var Qz=[-3,E,Ej,{[O]:D},[N],[0]];A.registerError(Qz,Al);var Zz=[-3,E,xj,{[O]:D},[N],[0]];A.registerError(
Zz,nd);var eV=[-3,E,Sj,{[O]:D},[N],[0]];A.registerError(eV,id);var tV=[-3,E,fj,{[O]:D},[N],[0]];A.registerError(tV,fd);var rV=[-3,E,Rj,{[O]:D},[N],[0]];A.registerError(
rV,Bl);var oV=[-3,E,gj,{[O]:D},[N],[0]];A.registerError(oV,$l);var nV=[-3,E,wj,{[O]:D,[rG]:400},[N],[0]];A.registerError(nV,bl);var TN=[IN,A],sV=[3,E,p3,0,[mG,rz],
[0,0],1],iV=[3,E,l3,0,[Nj,Bj,TG],[0,4,0]],aV=[3,E,u3,0,[Cj,Lj,sG,cN,wG,IG,EG,lG,AG,Me],[0,0,0,64,0,4,4,1,0,0]];var cV=[3,E,h3,0,[Me,oN,Fe,Pj],[0,()=>PN,0,64],2],pV=[3,E,y3,0,[oG,Vj],[()=>eq,()=>ZV]];var lV=[3,E,x3,0,[Me,Fe,RN,pN,lN,iN,eN],[0,0,()=>nq,0,()=>ON,()=>AN,()=>CN],1],dV=[3,E,S3,0,[$G],[()=>bN]],uV=[3,E,R3,0,[Uj,hN,xN,jh],[1,0,0,0]],mV=[3,E,_3,0,[_G,
LG],[0,0]],fV=[3,E,I3,0,[Dj,yN,qG,hN,jh],[()=>JV,1,0,0,0]];var gV=[3,E,O3,0,[Me,ns,Fe,ss,Hh],[0,()=>fn,0,0,1],2],hV=[3,E,N3,0,[Fe,Me,ns,Bh,aG,ss],[0,0,()=>fn,()=>Gh,()=>AV,0]],yV=[3,E,v3,0,[JG,sN],[0,0]];var EV=[3,E,A3,0,[Me,Fe,oN,ss,Hh,rN],[0,0,()=>PN,0,1,()=>yV],1],xV=[3,E,b3,0,[nG,ss],[()=>QV,0]];var SV=[3,E,D3,0,[Fe,OG,ss,Hh],[0,64,0,1]],RV=[3,E,k3,0,[BG,ss],[()=>rq,0]];var CN=[3,E,U3,0,[Gj,gG],[0,0],1];var _V=[3,E,F3,0,[vj,Uh,qj,Yj,xG,vG,MG,HG,yN,jG,EN,SN,XG,_N,ZG,Wj,Hj],[0,0,0,4,4,()=>OV,()=>UV,()=>oq,1,()=>BV,0,0,0,0,4,0,0]];var wV=[3,E,G3,0,[PG],[64]],IV=[3,E,z3,0,[Aj],[()=>KV]];var vN=[3,E,V3,0,[Fe,Me,ns,nN,Mh],[0,0,()=>fn,0,0]],TV=[3,E,K3,0,[Fe,Me,Fh,cN,pG,iG,Bh,cG,Mh,Oj,SG,zG,sN,hG,yG],[0,0,0,64,1,4,()=>Gh,()=>bV,0,0,4,0,0,4,4]],CV=[
3,E,X3,0,[ns,Kj,Qj],[()=>fn,0,0]],fn=[3,E,Z3,0,[Fh,dN],[0,0]];var vV=[3,E,c4,0,[mN,Uh,QG,EN,$j],[0,0,0,0,()=>WV]],AV=[3,E,d4,0,[aN,wN,tN,eG,jj],[4,4,129,()=>tq,()=>XV]],bV=[3,E,l4,0,[aN,wN,tN],[4,4,129]],AN=[3,E,i4,0,[VG],
[2]],Gh=[3,E,u4,0,[SN,Uh],[0,0]];var PV=[3,E,f4,0,[Zj,rN],[0,0],2];var OV=[3,E,$4,0,[ZO,NG,kG,xN,WG,oz,iz,az,nz,sz],[()=>YV,64,64,0,0,4,0,4,0,()=>sq]];var NV=[3,E,A4,0,[Me,nN,Fe,Mh,dN,Fh],[0,0,0,0,0,0],2],DV=[3,E,b4,0,[uG],[()=>vN]];var kV=[3,E,O4,0,[Me,uN,Fe],[0,0,0],2],$V=[3,E,N4,0,[Fe,Me,uN],[0,0,0]];var LV=[3,E,L4,0,[tz,YG],[0,0]];var UV=[3,E,J4,0,[UG],[()=>LV]];var bN=[3,E,Y4,0,[bG,Fe,Me,DG,Fj,pN,lN,iN,eN],[0,0,0,0,4,0,()=>ON,()=>AN,()=>CN]];var FV=[3,E,X4,0,[Mj,dG,RN,_N],[()=>MV,0,128,0]],MV=[3,E,H4,0,[bj],[()=>aV]];var BV=[3,E,Z4,0,[ZO],[()=>fV]],HV=[3,E,aj,0,[Me,fN,Fe,tG],[0,0,0,2],2],jV=[3,E,cj,0,[Fe,Me,fN],[0,0,0]];var GV=[3,E,rj,0,[Me,ns,Fe],[0,()=>fn,0],2],zV=[3,E,oj,0,[Fe,Me,ns,Bh],[0,0,()=>fn,()=>Gh]];var VV=[3,E,pj,0,[y4,_j],[0,0],2];var qV=[3,E,Ij,0,[kj,zj,Xj,mN,CG,FG,GG,jh,Jj],[0,1,0,0,0,0,0,0,0]];var WV=[1,E,m3,0,()=>sV],KV=[1,E,d3,0,()=>iV];var JV=[1,E,w3,0,()=>mV],YV=[1,E,T3,0,()=>uV],XV=[1,E,M3,0,()=>_V];var QV=[1,E,Y3,0,()=>TV],ZV=[1,E,Q3,0,()=>CV],PN=[1,E,e4,0,()=>fn],eq=[1,E,t4,0,()=>vN];var tq=[1,E,p4,0,()=>vV];var ON=[1,E,g4,0,()=>PV];var rq=[1,E,G4,0,()=>bN];var oq=[1,E,z4,0,()=>FV];var nq=[1,E,dj,0,()=>VV];var sq=[1,E,Tj,0,()=>qV];var NN=[9,E,g3,0,()=>cV,()=>pV];var DN=[9,E,E3,0,()=>lV,()=>dV];var kN=[9,E,C3,0,()=>EV,()=>xV],$N=[9,E,P3,0,()=>gV,()=>hV];var LN=[9,E,$3,0,()=>SV,()=>RV];var UN=[9,E,j3,0,()=>wV,()=>IV];var FN=[9,E,v4,0,()=>NV,()=>DV];var MN=[9,E,P4,0,()=>kV,()=>$V];var BN=[9,E,ij,0,()=>HV,()=>jV],HN=[9,E,tj,0,()=>GV,()=>zV];var jN=t=>({apiVersion:"2015-09-21",base64Decoder:t?.base64Decoder??Se,base64Encoder:t?.base64Encoder??me,disableHostPrefix:t?.disableHostPrefix??!1,endpointProvider:t?.
endpointProvider??QO,extensions:t?.extensions??[],httpAuthSchemeProvider:t?.httpAuthSchemeProvider??HO,httpAuthSchemes:t?.httpAuthSchemes??[{schemeId:"aws.auth#\
sigv4",identityProvider:e=>e.getIdentityProvider("aws.auth#sigv4"),signer:new ge}],logger:t?.logger??new _e,protocol:t?.protocol??tn,protocolSettings:t?.protocolSettings??
{defaultNamespace:"com.amazonaws.ecr",errorTypeRegistries:TN,xmlNamespace:"http://ecr.amazonaws.com/doc/2015-09-21/",version:"2015-09-21",serviceTarget:"AmazonE\
C2ContainerRegistry_V20150921"},serviceId:t?.serviceId??"ECR",sha256:t?.sha256??ht,urlParser:t?.urlParser??fe,utf8Decoder:t?.utf8Decoder??se,utf8Encoder:t?.utf8Encoder??
Z});var GN=t=>{Dt(process.version);let e=Ft(t),r=()=>e().then(Nt),o=jN(t);It(process.version);let n={profile:t?.profile,logger:o.logger};return{...o,...t,runtime:"n\
ode",defaultsMode:e,authSchemePreference:t?.authSchemePreference??_(gt,n),bodyLengthChecker:t?.bodyLengthChecker??Tt,credentialDefaultProvider:t?.credentialDefaultProvider??
Vi,defaultSocketTimeout:hr(t?.requestHandler,3e5),defaultUserAgentProvider:t?.defaultUserAgentProvider??Zt({serviceId:o.serviceId,clientVersion:VO.version}),maxAttempts:t?.
maxAttempts??_(Jt,t),region:t?.region??_(be,{...rt,...n}),requestHandler:ke.create(t?.requestHandler??r),retryMode:t?.retryMode??_({...Xt,default:async()=>(await r()).
retryMode||at},t),streamCollector:t?.streamCollector??Ge,useDualstackEndpoint:t?.useDualstackEndpoint??_(bt,n),useFipsEndpoint:t?.useFipsEndpoint??_(Pt,n),userAgentAppId:t?.
userAgentAppId??_(er,n)}};M();T();F();var zN=t=>{let e=t.httpAuthSchemes,r=t.httpAuthSchemeProvider,o=t.credentials;return{setHttpAuthScheme(n){let s=e.findIndex(i=>i.schemeId===n.schemeId);s===-1?e.
push(n):e.splice(s,1,n)},httpAuthSchemes(){return e},setHttpAuthSchemeProvider(n){r=n},httpAuthSchemeProvider(){return r},setCredentials(n){o=n},credentials(){return o}}},
VN=t=>({httpAuthSchemes:t.httpAuthSchemes(),httpAuthSchemeProvider:t.httpAuthSchemeProvider(),credentials:t.credentials()});var qN=(t,e)=>{let r=Object.assign(tr(t),kt(t),Bt(t),zN(t));return e.forEach(o=>o.configure(r)),Object.assign(t,rr(r),$t(r),Ht(r),VN(r))};var Sd=class extends Te{config;constructor(...[e]){let r=GN(e||{});super(r),this.initConfig=r;let o=GO(r),n=qt(o),s=Yt(n),i=Ut(s),a=i,c=ar(a),l=jO(c),d=qN(l,e?.
extensions||[]);this.config=d,this.middlewareStack.use(Ot(this.config)),this.middlewareStack.use(Qt(this.config)),this.middlewareStack.use(pr(this.config)),this.
middlewareStack.use(jt(this.config)),this.middlewareStack.use(Gt(this.config)),this.middlewareStack.use(zt(this.config)),this.middlewareStack.use(Vt(this.config)),
this.middlewareStack.use(dt(this.config,{httpAuthSchemeParametersProvider:BO,identityProviderConfigProvider:async u=>new Ve({"aws.auth#sigv4":u.credentials})})),
this.middlewareStack.use(ut(this.config))}destroy(){super.destroy()}};T();W();var ye=Lt(zO,"AmazonEC2ContainerRegistry_V20150921","ECRClient",cr),Ee={},xe=(t,e,r,o)=>[];var Rd=class extends ye(Ee,xe,"BatchGetImage",NN){};var _d=class extends ye(Ee,xe,"CreateRepository",DN){};var wd=class extends ye(Ee,xe,"DescribeImageScanFindings",$N){};var Id=class extends ye(Ee,xe,"DescribeImages",kN){};var Td=class extends ye(Ee,xe,"DescribeRepositories",LN){};var Ki=class extends ye(Ee,xe,"GetAuthorizationToken",UN){};var Cd=class extends ye(Ee,xe,"PutImage",FN){};var vd=class extends ye(Ee,xe,"PutLifecyclePolicy",MN){};var Ad=class extends ye(Ee,xe,"SetRepositoryPolicy",BN){};var bd=class extends ye(Ee,xe,"StartImageScan",HN){};var zh=["application/vnd.docker.distribution.manifest.v2+json","application/vnd.docker.distribution.manifest.list.v2+json","application/vnd.oci.image.manifest.v\
1+json","application/vnd.oci.image.index.v1+json"],iq=5,Vh=100,aq=4,Oo=t=>t?.name??"",is=class{constructor(e,r,o,n){this.registryId=o;this.deadline=n;this.ecr=new Sd(
_n(e,r,n)),this.sendOptions={abortSignal:n?.signal}}registryId;deadline;ecr;sendOptions;close(){this.ecr.destroy()}async login(){let e=await this.call("GetAutho\
rizationToken",()=>this.ecr.send(new Ki(this.registryId?{registryIds:[this.registryId]}:{}),this.sendOptions));return Pd(e.authorizationData?.[0])}async logins(e){
return((await this.call("GetAuthorizationToken",()=>this.ecr.send(new Ki({registryIds:e}),this.sendOptions))).authorizationData??[]).map(o=>Pd(o))}async findRepository(e){
let r=await this.describe(e);return r&&qh(r,!1)}async ensureRepository(e,r){let o=await this.findRepository(e.repository);if(o)return o;if(!e.createRepository)throw new pe(
`repository ${e.repository} does not exist`,"create it, or set create-repository: true");let n=cq(e,r);try{let s=await this.call("CreateRepository",()=>this.ecr.
send(new _d({registryId:this.registryId,repositoryName:e.repository,imageTagMutability:e.imageTagMutability,imageTagMutabilityExclusionFilters:n,imageScanningConfiguration:{
scanOnPush:e.scanOnPush},encryptionConfiguration:{encryptionType:e.encryptionType,kmsKey:e.kmsKey}}),this.sendOptions));return qh(s.repository,!0)}catch(s){if(Oo(
s)!=="RepositoryAlreadyExistsException")throw s;let i=await this.describe(e.repository);if(!i)throw s;return qh(i,!1)}}async applyPolicies(e){let r=[];if(e.lifecyclePolicy){
let o=(0,Wh.readFileSync)(e.lifecyclePolicy,"utf8");r.push(this.call("PutLifecyclePolicy",()=>this.ecr.send(new vd({registryId:this.registryId,repositoryName:e.
repository,lifecyclePolicyText:o}),this.sendOptions)))}if(e.repositoryPolicy){let o=(0,Wh.readFileSync)(e.repositoryPolicy,"utf8");r.push(this.call("SetReposito\
ryPolicy",()=>this.ecr.send(new Ad({registryId:this.registryId,repositoryName:e.repository,policyText:o}),this.sendOptions)))}await Promise.all(r)}async images(e,r){
let o=new Map,n=Array.from({length:Math.ceil(r.length/Vh)},(i,a)=>r.slice(a*Vh,(a+1)*Vh)),s;try{s=await Promise.all(n.map(i=>this.call("BatchGetImage",()=>this.
ecr.send(new Rd({registryId:this.registryId,repositoryName:e,imageIds:i.map(a=>({imageTag:a})),acceptedMediaTypes:zh}),this.sendOptions))))}catch(i){if(Oo(i)===
"RepositoryNotFoundException")return o;throw i}for(let i of s.flatMap(a=>a.images??[])){let a=i.imageId?.imageTag;a&&i.imageId?.imageDigest&&i.imageManifest&&o.
set(a,{digest:i.imageId.imageDigest,manifest:i.imageManifest,mediaType:i.imageManifestMediaType??""})}return o}async latestImage(e){let r,o;for(let n=0;n<iq;n++){
let s;try{s=await this.call("DescribeImages",()=>this.ecr.send(new Id({registryId:this.registryId,repositoryName:e,filter:{tagStatus:"TAGGED"},maxResults:1e3,nextToken:o}),
this.sendOptions))}catch(i){if(Oo(i)==="RepositoryNotFoundException")return;throw i}for(let i of s.imageDetails??[]){let a=i.imagePushedAt?.getTime()??0;i.imageDigest&&
!i.artifactMediaType?.includes("artifact")&&zh.includes(i.imageManifestMediaType??zh[0])&&a>=(r?.at??-1)&&(r={digest:i.imageDigest,at:a})}if(o=s.nextToken,!o)break}
return r?.digest}async putTag(e,r,o){try{await this.call("PutImage",()=>this.ecr.send(new Cd({registryId:this.registryId,repositoryName:e,imageManifest:r.manifest,
imageManifestMediaType:r.mediaType||void 0,imageDigest:r.digest,imageTag:o}),this.sendOptions))}catch(n){if(Oo(n)==="ImageAlreadyExistsException")return;throw Oo(
n)==="ImageTagAlreadyExistsException"?new pe(`tag ${o} already exists in the immutable repository ${e} at another image`,"immutable tags cannot move: drop the t\
ag from `tags`, or use a new one",{cause:n}):n}}async scanFindings(e,r,o){try{return await this.call("DescribeImageScanFindings",()=>this.ecr.send(new wd({registryId:this.
registryId,repositoryName:e,imageId:{imageDigest:r},nextToken:o,maxResults:1e3}),this.sendOptions))}catch(n){if(Oo(n)==="ScanNotFoundException")return;throw n}}async startScan(e,r){
await this.call("StartImageScan",()=>this.ecr.send(new bd({registryId:this.registryId,repositoryName:e,imageId:{imageDigest:r}}),this.sendOptions))}async describe(e){
try{return(await this.call("DescribeRepositories",()=>this.ecr.send(new Td({registryId:this.registryId,repositoryNames:[e]}),this.sendOptions))).repositories?.[0]}catch(r){
if(Oo(r)==="RepositoryNotFoundException")return;throw r}}async call(e,r){try{return await Zr(this.deadline,`ECR ${e}`,r)}catch(o){let n=Oo(o);if(o instanceof Je||
/NotFound|AlreadyExists/.test(n))throw o;if(n==="CredentialsProviderError")throw new pe(`no AWS credentials for ECR ${e}: ${o.message}`,"set role-to-assume to u\
se the CI's OIDC token, or provide credentials (AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY, a profile, an instance role)",{cause:o});let s=wn(o);if(s.transient)throw new pe(
`ECR ${e} failed after ${s.attempts} attempt(s): ${n}: ${o.message}`,In("ECR",s.throttled),{cause:o});let i=`ECR ${e} failed: ${n}: ${o.message}`;throw/ExpiredToken/.
test(n)?new pe(`ECR ${e} failed: the AWS credentials have expired (${n}: ${o.message})`,"with role-to-assume they are refreshed before they expire; ambient cred\
entials must outlive the run (or raise role-duration-seconds for the role that issued them)",{cause:o}):/AccessDenied|UnrecognizedClient|InvalidSignature|ExpiredToken/.
test(n)?new pe(i,`the credentials need ecr:${e} on this repository (\`ecr-deliver iam-policy\` prints the policy)`,{cause:o}):new pe(i,void 0,{cause:o})}}};function Pd(t,e=t?.
proxyEndpoint){if(!t?.authorizationToken||!e)throw new pe("ECR returned no authorization data");let r=Buffer.from(t.authorizationToken,"base64").toString("utf8"),
o=r.indexOf(":");return{host:e.replace(/^https?:\/\//,"").replace(/\/+$/,""),username:r.slice(0,o),password:r.slice(o+1)}}function qh(t,e){return{name:t.repositoryName,
uri:t.repositoryUri,arn:t.repositoryArn,mutability:t.imageTagMutability??"MUTABLE",exclusionFilters:(t.imageTagMutabilityExclusionFilters??[]).map(r=>r.filter??
"").filter(Boolean),scanOnPush:t.imageScanningConfiguration?.scanOnPush??!1,created:e}}function cq(t,e){if(t.imageTagMutability==="IMMUTABLE_WITH_EXCLUSION"){if(e.
length>qd)throw new pe(`an IMMUTABLE_WITH_EXCLUSION repository takes at most ${qd} exclusion filters; keeping this run's extra tags movable needs ${e.length}: ${e.
join(", ")}`,"use fewer extra tags, create the repository yourself with wildcard filters, or use MUTABLE");return e.map(r=>({filterType:"WILDCARD",filter:r}))}}
function pq(t){return new RegExp(`^${t.split("*").map(e=>e.replace(/[.+?^${}()|[\]\\]/g,"\\$&")).join(".*")}$`)}function Kh(t,e){let r=t.exclusionFilters.some(o=>pq(
o).test(e));switch(t.mutability){case"IMMUTABLE":return!0;case"IMMUTABLE_WITH_EXCLUSION":return!r;case"MUTABLE_WITH_EXCLUSION":return r;default:return!1}}async function WN(t,e,r,o){
let n=[...o],s=async()=>{for(let i=n.shift();i!==void 0;i=n.shift())await t.putTag(e,r,i)};await Promise.all(Array.from({length:Math.min(aq,n.length)},s))}var lq="us-east-1",dq=["application/vnd.docker.distribution.manifest.v2+json","application/vnd.docker.distribution.manifest.list.v2+json","application/vnd.oci.i\
mage.manifest.v1+json","application/vnd.oci.image.index.v1+json"];function uq(t){let e={description:t.catalogDescription,aboutText:t.catalogAbout,usageText:t.catalogUsage};
return Object.values(e).some(r=>r!==void 0)?e:void 0}var Ji=t=>t?.name??"",Od=class{constructor(e,r,o){this.registryId=r;this.deadline=o;this.client=new fl(_n(lq,
e,o))}registryId;deadline;client;registryUri;loginData;close(){this.client.destroy()}send(e,r){return this.call(e,()=>this.client.send(r,{abortSignal:this.deadline?.
signal}))}async login(){let[e,r]=await Promise.all([this.send("GetAuthorizationToken",new xl({})),this.registryUri??this.describeRegistryUri()]);return Pd(e.authorizationData,
r.split("/")[0])}async describeRegistryUri(){let e=await this.send("DescribeRegistries",new yl({})),r=e.registries?.find(o=>!this.registryId||o.registryId===this.
registryId)??e.registries?.[0];if(!r?.registryUri)throw new pe("ECR Public returned no registry","create the public registry (its alias) in the ECR Public conso\
le first");return this.registryUri=r.registryUri,r.registryUri}async findRepository(e){try{let o=(await this.send("DescribeRepositories",new El({registryId:this.
registryId,repositoryNames:[Fr(e)]}))).repositories?.[0];return o&&this.info(o,!1)}catch(r){if(Ji(r)==="RepositoryNotFoundException")return;throw r}}async ensureRepository(e){
let r=await this.findRepository(e.repository);if(r)return r;if(!e.createRepository)throw new pe(`repository ${e.repository} does not exist in ECR Public`,"creat\
e it, or set create-repository: true");try{let o=await this.send("CreateRepository",new gl({repositoryName:Fr(e.repository),catalogData:uq(e)}));return this.info(
o.repository,!0)}catch(o){if(Ji(o)!=="RepositoryAlreadyExistsException")throw o;let n=await this.findRepository(e.repository);if(!n)throw o;return n}}async applyPolicies(e){
e.repositoryPolicy&&await this.send("SetRepositoryPolicy",new Rl({registryId:this.registryId,repositoryName:Fr(e.repository),policyText:(0,KN.readFileSync)(e.repositoryPolicy,
"utf8")}))}async images(e,r){let o=new Map,n;try{do{let s=await this.send("DescribeImageTags",new hl({registryId:this.registryId,repositoryName:Fr(e),nextToken:n}));
for(let i of s.imageTagDetails??[])i.imageTag&&r.includes(i.imageTag)&&i.imageDetail?.imageDigest&&o.set(i.imageTag,{digest:i.imageDetail.imageDigest,manifest:"",
mediaType:i.imageDetail.imageManifestMediaType??""});n=s.nextToken}while(n&&o.size<r.length)}catch(s){if(Ji(s)==="RepositoryNotFoundException")return o;throw s}
return o}async putTag(e,r,o){let{manifest:n,mediaType:s}=r;if(!n){this.loginData??=this.login();let i=await this.loginData,a=`${(this.registryUri??"").split("/").
slice(1).join("/")}/${Fr(e)}`.replace(/^\//,"");({manifest:n,mediaType:s}=await MO(i,a,r.digest,dq,this.deadline?.signal))}try{await this.send("PutImage",new Sl(
{registryId:this.registryId,repositoryName:Fr(e),imageManifest:n,imageManifestMediaType:s||void 0,imageDigest:r.digest,imageTag:o}))}catch(i){if(Ji(i)==="ImageA\
lreadyExistsException")return;throw i}}info(e,r){return this.registryUri??=e.repositoryUri.slice(0,e.repositoryUri.length-e.repositoryName.length-1),{name:e.repositoryName,
uri:e.repositoryUri,arn:e.repositoryArn,mutability:"MUTABLE",exclusionFilters:[],scanOnPush:!1,created:r}}async call(e,r){try{return await Zr(this.deadline,`ECR\
 Public ${e}`,r)}catch(o){let n=Ji(o);if(o instanceof Je||/NotFound|AlreadyExists/.test(n))throw o;let s=wn(o);if(s.transient)throw new pe(`ECR Public ${e} fail\
ed after ${s.attempts} attempt(s): ${n}: ${o.message}`,In("ECR",s.throttled),{cause:o});let i=/AccessDenied|UnrecognizedClient|InvalidSignature|ExpiredToken/.test(
n)?`the credentials need ecr-public:${e}${e==="GetAuthorizationToken"?" and sts:GetServiceBearerToken":""} (\`ecr-deliver iam-policy --registry-type public\` prin\
ts the policy)`:void 0;throw new pe(`ECR Public ${e} failed: ${n}: ${o.message}`,i,{cause:o})}}};var JN=require("node:fs");async function Jh(t,e,r,o){let n=new Map;for(let i of t)n.set(i.region??e,[...n.get(i.region??e)??[],i.id]);return(await Promise.all([...n].map(async([i,a])=>{let c=new is(
i,r,void 0,o);try{return await c.logins(a)}finally{c.close()}}))).flat()}var mq=/unauthorized|authentication required|no basic auth credentials|denied|\b401\b|\b403\b|may require 'docker login'/i,
fq=/^(\d{12})\.dkr\.ecr\.([a-z0-9-]+)\.amazonaws\.com(?:\.cn)?$/;function Yh(t){let e;try{e=(0,JN.readFileSync)(t,"utf8")}catch{return[]}let r=new Set;for(let o of e.
matchAll(/^\s*FROM\s+(?:--platform=\S+\s+)?(\S+)/gim)){let n=o[1].split("/")[0];o[1].includes("/")&&(/[.:]/.test(n)||n==="localhost")&&r.add(n)}return[...r]}function YN(t,e,r,o){
if(!mq.test(t))return;let n=Yh(e).filter(i=>!r.includes(i));return n.length?`the Dockerfile pulls from ${n.map(i=>{let a=fq.exec(i);return a?`${i} (pull-registr\
ies: ${a[2]===o?a[1]:`${a[1]}@${a[2]}`})`:i}).join(", ")}, which docker is not logged in to: add the registry's account id (or ID@REGION) to pull-registries`:void 0}var Tr=[...Lo,"INFORMATIONAL","UNDEFINED"],gq=10,hq=1e3,yq=15e3,Eq=2e4,xq=new Set(["COMPLETE","ACTIVE"]),Sq=new Set(["IN_PROGRESS","PENDING"]),Rq=t=>new Promise(
e=>setTimeout(e,t));async function QN(t,e){try{return await _q(t,e)}catch(r){if(r instanceof Yr)throw r;let o=gn(r);return Nd(e,"failed",`could not read ECR's s\
can of ${e.digest}: ${o.message}`,o.hint??"check the role's permissions for the scan (`ecr-deliver iam-policy \u2026 --scan-wait true`)")}}async function _q(t,e){
let r=e.sleep??Rq,o=e.now??Date.now,n=o(),s=n+e.timeoutSeconds*1e3,i=hq,a=!1,c="no scan yet";for(;;){let l=await t.scanFindings(e.repository,e.digest);if(!l&&e.
start&&!a){e.info(`No scan of ${e.digest} yet: starting one (StartImageScan)`),await t.startScan(e.repository,e.digest),a=!0;continue}let d=l?.imageScanStatus?.
status??"";if(l&&xq.has(d))return Tq(e,await Iq(t,e,l));if(l&&!Sq.has(d))return Nd(e,"failed",`ECR's scan of ${e.digest} ended ${d||"without a status"}${l.imageScanStatus?.
description?`: ${l.imageScanStatus.description}`:""}`,"ECR scans images whose OS packages it knows; see the scan status in the ECR console");c=l?`scan ${d}`:"no\
 scan yet";let m=(!l&&!a?Math.min(s,n+Eq):s)-o();if(!l&&!a&&m<=0)return wq(e,o()-n);if(m<=0)return Nd(e,"timeout",`ECR's scan of ${e.digest} did not complete wi\
thin ${e.timeoutSeconds} s (scan-timeout-seconds; last seen: ${c})`,"raise scan-timeout-seconds; enhanced scanning of a new image can take several minutes");await r(
Math.min(i,m)),i=Math.min(i*2,yq)}}function wq(t,e){let r=t.scanOnPush?"although the repository is set to scan on push":"the repository does not scan on push";return Nd(
t,"not-found",`ECR has no scan of ${t.digest} after ${Math.round(e/1e3)} s: ${r}`,"turn scan on push on (scan-on-push for a repository the run creates, `aws ecr\
 put-image-scanning-configuration`, or a registry scanning rule), or set scan-start: true")}async function Iq(t,e,r){let o=[r];for(let n=r.nextToken;n;n=o[o.length-
1].nextToken){let s=await t.scanFindings(e.repository,e.digest,n);if(!s)break;o.push(s)}return o}function Tq(t,e){let r=e[0].imageScanFindings?.findingSeverityCounts??
{},o=Object.fromEntries(Tr.map(a=>[a,r[a]??0])),n=e.flatMap(a=>[...(a.imageScanFindings?.findings??[]).map(vq),...(a.imageScanFindings?.enhancedFindings??[]).map(
Aq)]),s=a=>{let c=Tr.indexOf(a.severity);return c<0?Tr.length:c},i=n.map((a,c)=>({f:a,i:c})).sort((a,c)=>s(a.f)-s(c.f)||a.i-c.i).slice(0,gq).map(({f:a})=>a);return{
outcome:"complete",counts:o,top:i,threshold:t.threshold,gate:Cq(o,t.threshold)}}function Nd(t,e,r,o){return{outcome:e,counts:{},top:[],problem:r,hint:o,threshold:t.
threshold,gate:t.threshold==="none"?"off":"failed"}}function Cq(t,e){return e==="none"?"off":Lo.slice(0,Lo.indexOf(e)+1).some(o=>(t[o]??0)>0)?"failed":"passed"}
function ZN(t){return t?.outcome==="complete"?JSON.stringify(t.counts):""}function Dd(t,e){if(!t)return{};if(t.gate==="failed"&&t.outcome!=="complete")return{failure:new ls(
`fail-on-severity ${t.threshold}: ${t.problem}; the image is pushed (${e}) but could not be judged`,t.hint)};if(t.gate==="failed"){let r=Lo.slice(0,Lo.indexOf(t.
threshold)+1).filter(o=>t.counts[o]>0);return{failure:new ls(`fail-on-severity ${t.threshold}: ECR's scan found ${r.map(o=>`${t.counts[o]} ${o}`).join(", ")}; t\
he image is pushed (${e}) but should not be deployed`,"fix or upgrade the packages listed in the summary and deliver again, or raise fail-on-severity")}}return t.
outcome!=="complete"?{warning:`scan-wait: ${t.problem}`}:{}}var XN=(t,e)=>t.attributes?.find(r=>r.key===e)?.value;function vq(t){let e=[XN(t,"package_name"),XN(
t,"package_version")].filter(Boolean).join(" ");return{name:t.name??"",severity:t.severity??"UNDEFINED",package:e,link:t.uri??""}}function Aq(t){let e=t.packageVulnerabilityDetails,
r=(e?.vulnerablePackages??[]).map(o=>[o.name,o.version].filter(Boolean).join(" ")).join(", ");return{name:e?.vulnerabilityId??t.title??"",severity:t.severity??"\
UNDEFINED",package:r,link:e?.sourceUrl??e?.referenceUrls?.[0]??""}}var bq=(t,e,r,o)=>new is(t,e,r,o);function kd(t){let e=new ys(t.options.timeoutSeconds),r=ma.create(t.env);return e.bound(()=>Pq(t,e,Es(t.env,r.dir))).finally(()=>r.
remove())}async function Pq(t,e,r){let{options:o,context:n,reporter:s}=t,i=new an(t.run,s,e,r),a=ms(o);if(!o.image){for(let y of Wy(a,t.env))s.secret(y);qy(a,t.
env)}let c=o.image?{}:kC(o,a),l=!o.image&&(c.buildx||c.buildkit||pu(t.env)!==void 0),d=i.check().then(()=>l?i.builder(c):void 0),u=tD(t);await d,o.image||await i.
checkPlatforms(o.platform),o.image||i.builder().catch(()=>{});let m=await s.phase("Credentials",()=>oD(t,u,e)),f=(t.openRegistry??eD(o))(n.region,m,o.registryId,
e),g=()=>Jh(o.pullRegistries,n.region,m,e);try{return await new Xh(t,i,f,g).run()}finally{f.close()}}function eD(t){return t.registryType==="public"?(e,r,o,n)=>new Od(
r,o,n):bq}function $d(t){let e=new ys(t.options.timeoutSeconds);return e.bound(()=>Oq(t,e))}async function Oq(t,e){let r=new an(t.run,t.reporter,e,Es(t.env)),o=r.
check(),n=tD(t);await o;let s=await t.reporter.phase("Credentials",()=>oD(t,n,e)),i=(t.openRegistry??eD(t.options))(t.context.region,s,t.options.registryId,e);try{
return await t.reporter.phase("Login",async()=>{let[a,c]=await Promise.all([i.login(),Jh(t.options.pullRegistries,t.context.region,s,e)]),l=[a,...c.filter(d=>d.
host!==a.host)];for(let d of l)t.onLogin?.(d.host),await r.login(d);return{registry:a.host,registries:l.map(d=>d.host),login:a}})}finally{i.close()}}function tD(t){
if(t.options.roleToAssume)return mg(rD(t)).catch(e=>e)}function rD({options:t,context:e,platformToken:r,env:o}){return{ci:e.ci,audience:t.audience,tokenFile:t.webIdentityTokenFile,
tokenEnv:t.webIdentityTokenEnv,platformToken:r,env:o}}async function oD(t,e,r){let{options:o,context:n,reporter:s}=t;if(!o.roleToAssume||!e){s.info("No role-to-\
assume: using the ambient AWS credential chain");return}let i=await e;if(i instanceof Error)throw i;s.info(`Assuming ${o.roleToAssume} as ${n.sessionName} with \
the OIDC token from ${i.source}`);let a={roleArn:o.roleToAssume,sessionName:n.sessionName,durationSeconds:o.roleDurationSeconds,region:n.region},c=await fg(a,i.
token,s,r);return bC(c,async()=>{let l=await mg({...rD(t),renew:!0});return s.info(`Renewing the credentials of ${o.roleToAssume} before they expire, with a new\
 OIDC token from ${l.source}`),fg(a,l.token,s,r)})}var Xh=class{constructor(e,r,o,n=async()=>[]){this.req=e;this.docker=r;this.ecr=o;this.pullLogins=n;this.o=e.
options,this.sha=e.context.commitSha,this.tags=[...new Set([this.sha,...this.o.tags,...e.context.release.tags])]}req;docker;ecr;pullLogins;o;sha;tags;repo;loggedIn=[];background=[];async run(){
try{let e=await this.steps(),r=await this.scan(e);return{outputs:{...e,"scan-findings":ZN(r)},scan:r}}catch(e){throw await Promise.allSettled(this.background),e}}async steps(){
let{reporter:e}=this.req,[r,o]=await e.phase("Repository",()=>Promise.all([this.o.push?this.ecr.ensureRepository(this.o,Ey(this.o.tags,this.req.context.release)):
this.lookUpRepository(),this.ecr.images(this.o.repository,this.tags)]));this.repo=r,r.created&&e.info(`Created repository ${r.uri} (${r.mutability})`);let n=this.
o.push?this.inBackground(this.ecr.applyPolicies(this.o)):Promise.resolve(),s=o.get(this.sha),i=s&&(this.o.skipExisting||Kh(r,this.sha))?s:void 0;if(this.refuseImmutableConflicts(
r,o,i),i)return e.info(`${r.uri}:${this.sha} already exists (${i.digest}): nothing to build or upload`),this.o.push?(await n,await e.phase("Tag",()=>this.copyTags(
r,i,o)),this.verified(r,i.digest,!1)):this.outputs(r,i.digest,!1);let a=!this.o.image&&Yh(fs(this.o)).includes(r.uri.split("/")[0]),c=this.o.cache&&!this.o.image&&
this.ecr.latestImage!==void 0,l=this.o.push||a?this.inBackground(e.track("Login",()=>this.login())):void 0,d=this.o.pullRegistries.length&&!this.o.image?this.inBackground(
this.loginPullRegistries()):void 0,u=c?this.cacheSource(r,()=>l??this.login()):void 0;a&&await l,await d;let m=await e.phase(this.o.image?"Tag":"Build",()=>this.
produceImage(r,u));if(!this.o.push)return this.outputs(r,"",!1);await Promise.all([l,n]);let f=m??await e.phase("Push",()=>this.docker.push(`${r.uri}:${this.sha}`,
()=>this.login()));return this.tags.length>1&&await e.phase("Tag",async()=>{let g=(await this.ecr.images(this.o.repository,[this.sha])).get(this.sha);if(!g||g.digest!==
f)throw new pe(`ECR does not show ${this.sha} at the pushed digest ${f}`);await this.copyTags(r,g,o)}),this.verified(r,f,!0)}async cacheSource(e,r){try{let o=await this.
ecr.latestImage(e.name);if(!o){this.req.reporter.info("No layer cache yet: the repository has no image to reuse layers from");return}let n=`${e.uri}@${o}`;return await r(),
await this.docker.builder()==="classic"&&!await this.docker.pullCache(n)?void 0:(this.req.reporter.info(`Layer cache: ${n}`),n)}catch(o){if(o instanceof Yr)throw o;
this.req.reporter.warning(`no layer cache: ${o.message}`);return}}async scan(e){if(!this.o.scanWait||!this.repo)return;if(!e.digest){this.req.reporter.info("sca\
n-wait: nothing was pushed (push: false), so there is no scan to wait for");return}let{reporter:r}=this.req,o=this.repo,n=this.ecr;if(!n.scanFindings||!n.startScan)
throw new pe("scan-wait: this registry does not scan images","ECR Public has no image scanning: drop scan-wait");return r.phase("Scan",()=>QN(n,{repository:this.
o.repository,digest:e.digest,timeoutSeconds:this.o.scanTimeoutSeconds,start:this.o.scanStart,threshold:this.o.failOnSeverity,scanOnPush:o.scanOnPush,info:s=>r.info(
s)}))}inBackground(e){return e.catch(()=>{}),this.background.push(e),e}async lookUpRepository(){let e=await this.ecr.findRepository(this.o.repository);if(e)return e;
let{host:r}=await this.ecr.login();return{name:this.o.repository,uri:`${r}/${this.o.repository}`,arn:"",mutability:"MUTABLE",exclusionFilters:[],scanOnPush:!1,created:!1}}async login(){
let e=await this.ecr.login();await this.docker.login(e),this.loggedIn.push(e.host)}async loginPullRegistries(){let e=await this.req.reporter.phase("Login to pul\
l registries",()=>this.pullLogins());for(let r of e)await this.docker.login(r),this.loggedIn.push(r.host)}refuseImmutableConflicts(e,r,o){for(let n of this.tags){
let s=r.get(n);if(!(!s||!Kh(e,n)||o&&s.digest===o.digest))throw new pe(`tag ${n} already exists in the immutable repository ${e.name} at ${s.digest}, which is n\
ot the image being delivered`,"immutable tags cannot move: remove the tag from `tags` (use a new one), or make the repository MUTABLE")}}async produceImage(e,r){
let o=this.tags.map(d=>`${e.uri}:${d}`);if(this.o.image){for(let d of o)await this.docker.tag(this.o.image,d);return}ou(this.o);let n=this.req.context,s={"org.o\
pencontainers.image.revision":this.sha,"org.opencontainers.image.created":new Date().toISOString()};n.sourceUrl&&(s["org.opencontainers.image.source"]=n.sourceUrl),
n.release.version&&(s["org.opencontainers.image.version"]=n.release.version);for(let d of this.o.labels){let u=d.indexOf("=");s[d.slice(0,u)]=d.slice(u+1)}let i=await this.
docker.builder(),a=i==="buildx"&&this.o.push&&(!!this.o.platform?.includes(",")||this.o.provenance),l=await this.docker.build({context:this.o.context,dockerfile:fs(
this.o),tags:a?o.slice(0,1):o,labels:s,buildArgs:this.o.buildArgs,target:this.o.target,platform:this.o.platform,cache:r?{from:await r}:void 0,secrets:ms(this.o),
provenance:this.o.provenance,pushFromBuilder:a},i).catch(d=>{let u=d instanceof wt&&YN(d.message,fs(this.o),[...this.loggedIn,e.uri.split("/")[0]],this.req.context.
region);throw u?new wt(d.message,u):d});if(a&&!l)throw new wt("buildx pushed but reported no digest");return l}async copyTags(e,r,o){let n=this.tags.slice(1).filter(
s=>o.get(s)?.digest!==r.digest);await WN(this.ecr,e.name,r,n)}async verified(e,r,o){let n=await this.ecr.images(this.o.repository,this.tags),s=this.tags.filter(
i=>n.get(i)?.digest!==r);if(s.length)throw new pe(`after delivery, tag(s) ${s.join(", ")} do not point at ${r} in ECR`,"another delivery may have moved them at \
the same time; re-run to deliver again");return this.outputs(e,r,o)}outputs(e,r,o){return{registry:e.uri.split("/")[0],"repository-uri":e.uri,image:`${e.uri}:${this.
sha}`,digest:r,"image-ref":r?`${e.uri}@${r}`:"",tags:this.tags,pushed:o,"scan-findings":""}}};var Yi=class{timings=[];started=Date.now();async time(e,r){let o=Date.now();try{return await r()}finally{let n=Date.now();this.timings.push({title:e,seconds:(n-
o)/1e3,start:(o-this.started)/1e3,end:(n-this.started)/1e3})}}get byStart(){return[...this.timings].sort((e,r)=>e.start-r.start)}get totalSeconds(){return(Date.
now()-this.started)/1e3}describe(){let e=this.byStart.map(r=>`${r.title} ${r.seconds.toFixed(1)} s`).join(", ");return`${e?`${e}; `:""}total ${this.totalSeconds.
toFixed(1)} s`}},Xi=class{constructor(e=process.stderr){this.stream=e;this.output=e}stream;clock=new Yi;output;info(e){this.stream.write(`${e}
`)}warning(e){this.stream.write(`warning: ${e}
`)}secret(){}track(e,r){return this.clock.time(e,r)}async phase(e,r){this.info(`\u25B6 ${e}`);let o=Date.now(),n=await this.clock.time(e,r);return this.info(`\u2714 ${e}\
 (${((Date.now()-o)/1e3).toFixed(1)} s)`),n}};var nD=t=>Math.round(t*1e3),sD=t=>t.replace(/[:#;]/g," ").trim()||"phase";function iD(t){let e=["```mermaid","gantt","  title ecr-deliver phases (seconds since \
start)","  dateFormat x","  axisFormat %M:%S"];return t.forEach((r,o)=>{let n=nD(r.start),s=Math.max(nD(r.end),n+1);e.push(`  section ${sD(r.title)}`,`  ${sD(r.
title)} ${r.seconds.toFixed(1)} s :p${o}, ${n}, ${s}`)}),e.push("```"),e.join(`
`)}function aD(t,e=40){if(t.length===0)return[];let r=Math.max(...t.map(n=>n.end),.001),o=Math.max(...t.map(n=>n.title.length));return t.map(n=>{let s=Math.min(
e-1,Math.floor(n.start/r*e)),i=Math.max(s+1,Math.min(e,Math.round(n.end/r*e))),a="\xB7".repeat(s)+"\u2588".repeat(i-s)+"\xB7".repeat(e-i);return`${n.title.padEnd(
o)}  ${a}  ${n.start.toFixed(1)}\u2013${n.end.toFixed(1)} s`})}var Zi=t=>e=>t[py(e)];function Qi(t){let e=gn(t);return process.stderr.write(`ecr-deliver: ${e.message}
`),e.hint&&process.stderr.write(`hint: ${e.hint}
`),e.exitCode}async function Ld(t,e){let r=new Xi(process.stderr);try{let o=Rn(t),n=xn(o),{outputs:s,scan:i}=await kd({options:o,context:n,reporter:r,run:Uo,env:process.
env});r.info(Dq(s,r.clock,i)),e(s);let a=Dd(i,s["image-ref"]);return a.warning&&r.warning(a.warning),a.failure?Qi(a.failure):0}catch(o){return Qi(o)}}async function Ud(t,e){
let r=new Xi(process.stderr);try{let o=Rn(t,"login"),n=xn(o,process.env,"login"),{registry:s}=await $d({options:o,context:n,reporter:r,run:Uo,env:process.env});
return r.info(cD(`logged in to ${s}`,[["registry",s]],r.clock)),e(s),0}catch(o){return Qi(o)}}function Nq(t){return t.pushed?"true":t.digest?"false (the SHA tag\
 was already in ECR: nothing built or uploaded)":"false (push: false, built and tagged locally only)"}function Dq(t,e,r){let o=t.pushed?`delivered ${t.image}`:t.
digest?`already delivered: ${t.image}`:`built ${t.image} (not pushed)`,n=Ur.filter(({name:i})=>i!=="scan-findings"||r).map(({name:i})=>[i,i==="pushed"?Nq(t):No(
t,i)||"-"]),s=aD(e.byStart).map(i=>`    ${i}`);return[cD(o,n,e),"  timeline",...s,...r?kq(r):[]].join(`
`)}function kq(t){if(t.outcome!=="complete")return["  scan",`    ${t.problem}`];let e=Tr.map(n=>Math.max(n.length,String(t.counts[n]).length)),r=["  scan",`    ${Tr.
map((n,s)=>n.padStart(e[s])).join("  ")}`,`    ${Tr.map((n,s)=>String(t.counts[n]).padStart(e[s])).join("  ")}`];t.gate!=="off"&&r.push(`    fail-on-severity ${t.
threshold}: ${t.gate}`);let o=n=>n.replace(/[\x00-\x1f\x7f-\x9f]+/g," ");for(let n of t.top)r.push(o(`    ${n.severity.padEnd(13)} ${n.name}  ${n.package||"-"} \
 ${n.link}`).trimEnd());return r}function cD(t,e,r){let o=[...e,["time",r.describe()]],n=Math.max(...o.map(([s])=>s.length));return[`\u2500\u2500 ecr-deliver: ${t}\
 \u2500\u2500`,...o.map(([s,i])=>`  ${s.padEnd(n)}  ${i}`)].join(`
`)}var $q=["deliver","login"],pD="ECR_DELIVER_COMMAND",Lq=t=>`'${t.replace(/'/g,"'\\''")}'`,uD=(t,e)=>`export ${ly(t)}=${Lq(e)}
`;function Uq(t){return Ur.map(({name:e})=>uD(e,No(t,e))).join("")}function lD(t,e){t.BASH_ENV?(0,dD.appendFileSync)(t.BASH_ENV,e):process.stderr.write(`warning\
: BASH_ENV is not set: the outputs are not exported to later steps
`)}async function mD(t=process.env){let e=t[pD]||"deliver";e==="login"?process.exitCode=await Ud(Zi(t),r=>lD(t,uD("registry",r))):e==="deliver"?process.exitCode=
await Ld(Zi(t),r=>lD(t,Uq(r))):(process.stderr.write(`ecr-deliver: ${pD}: ${ds(e)} is not one of ${$q.join(", ")}
`),process.exitCode=2)}var _D=require("node:util");var ED=require("node:util");var Fq=["ecr:BatchCheckLayerAvailability","ecr:InitiateLayerUpload","ecr:UploadLayerPart","ecr:CompleteLayerUpload","ecr:PutImage"],Qh=["ecr:BatchGetImage","ecr\
:GetDownloadUrlForLayer","ecr:BatchCheckLayerAvailability"];function Mq(t){let e=new Set(["ecr:DescribeRepositories","ecr:BatchGetImage"]),r=o=>{for(let n of o)
e.add(n)};return t.push&&(r(Fq),t.createRepository&&e.add("ecr:CreateRepository"),t.lifecyclePolicy&&e.add("ecr:PutLifecyclePolicy"),t.repositoryPolicy&&e.add("\
ecr:SetRepositoryPolicy")),t.cache&&r(["ecr:DescribeImages",...Qh]),t.scanWait&&e.add("ecr:DescribeImageScanFindings"),t.scanWait&&t.scanStart&&e.add("ecr:Start\
ImageScan"),[...e].sort()}function Bq(t){return`arn:${Qr(t.region)}:ecr:${t.region}:${t.registryId??t.accountId}:repository/${t.repository}`}function Zh(t){if(t.
registryType==="public")return Gq(t);let e=[{Sid:"EcrLogin",Effect:"Allow",Action:"ecr:GetAuthorizationToken",Resource:"*"},{Sid:"EcrDeliver",Effect:"Allow",Action:Mq(
t),Resource:Bq(t)}];if(t.push&&t.createRepository&&t.encryptionType==="KMS"){let r=t.kmsKey&&/^arn:[^:]+:kms:[^:]+:\d{12}:key\//.test(t.kmsKey)?t.kmsKey:`arn:${Qr(
t.region)}:kms:${t.region}:${t.registryId??t.accountId}:key/*`,o={"kms:ViaService":`ecr.${t.region}.amazonaws.com${Qr(t.region)==="aws-cn"?".cn":""}`};e.push({Sid:"\
KmsGrantForNewRepository",Effect:"Allow",Action:"kms:CreateGrant",Resource:r,Condition:{StringEquals:o,Bool:{"kms:GrantIsForAWSResource":"true"}}},{Sid:"KmsForN\
ewRepository",Effect:"Allow",Action:["kms:DescribeKey","kms:RetireGrant"],Resource:r,Condition:{StringEquals:o}})}return e.push(...gD(t)),{Version:"2012-10-17",
Statement:e}}function gD(t){let e=[],r=t.pullRepositories?.length?t.pullRepositories:["*"],o=(t.pullRegistries??[]).flatMap(s=>r.map(i=>`arn:${Qr(s.region??t.region)}\
:ecr:${s.region??t.region}:${s.id}:repository/${i}`));o.length&&e.push({Sid:"EcrPullBaseImages",Effect:"Allow",Action:Qh.slice().sort(),Resource:o.length===1?o[0]:
o});let n=(t.pullThrough??[]).map(s=>`arn:${Qr(t.region)}:ecr:${t.region}:${t.registryId??t.accountId}:repository/${s}/*`);return n.length&&e.push({Sid:"EcrPull\
ThroughCache",Effect:"Allow",Action:[...Hq,...Qh].sort(),Resource:n.length===1?n[0]:n}),e}function hD(t){return!t.pullRegistries?.length||t.pullRepositories?.length?
[]:[`--pull-repositories not given: the role may pull every repository of ${t.pullRegistries.map(e=>e.id).join(", ")}; pass name patterns to narrow it`]}var Hq=[
"ecr:BatchImportUpstreamImage","ecr:CreateRepository"],fD=["ecr-public:GetAuthorizationToken","sts:GetServiceBearerToken"],jq=["ecr-public:BatchCheckLayerAvaila\
bility","ecr-public:InitiateLayerUpload","ecr-public:UploadLayerPart","ecr-public:CompleteLayerUpload","ecr-public:PutImage"];function Gq(t){let e=t.push?fD:[...fD,
"ecr-public:DescribeRegistries"],r=new Set(["ecr-public:DescribeRepositories","ecr-public:DescribeImageTags"]);if(t.push){for(let n of jq)r.add(n);t.createRepository&&
r.add("ecr-public:CreateRepository"),t.repositoryPolicy&&r.add("ecr-public:SetRepositoryPolicy")}let o=t.repository.replace(/^public\.ecr\.aws\/[^/]+\//,"");return{
Version:"2012-10-17",Statement:[{Sid:"EcrPublicLogin",Effect:"Allow",Action:e,Resource:"*"},{Sid:"EcrPublicDeliver",Effect:"Allow",Action:[...r].sort(),Resource:`\
arn:aws:ecr-public::${t.registryId??t.accountId}:repository/${o}`},...gD(t)]}}var zq="token.actions.githubusercontent.com",Vq="oidc.circleci.com/org";function qq(t){let e=t.pullRequest?"pull_request":t.environment!==void 0?`environment:${t.
environment}`:t.tag!==void 0?`ref:refs/tags/${t.tag}`:`ref:refs/heads/${t.branch??"main"}`;return`repo:${t.repo}:${e}`}function yD(t){let e=Qr(t.region),r,o,n;if(t.
provider==="github")r=t.githubIssuer??zq,o=t.audience??gs,n=qq(t);else if(t.provider==="circleci")r=`${Vq}/${t.orgId}`,o=t.audience??t.orgId,n=`org/${t.orgId}/p\
roject/${t.projectId}/user/*${t.vcsRef?`/vcs-origin/*/vcs-ref/${t.vcsRef}`:""}`;else return;let s=/[*?]/.test(n),i={StringEquals:{[`${r}:aud`]:o}};return s?i.StringLike=
{[`${r}:sub`]:n}:i.StringEquals[`${r}:sub`]=n,{Version:"2012-10-17",Statement:[{Effect:"Allow",Principal:{Federated:`arn:${e}:iam::${t.accountId}:oidc-provider/${r}`},
Action:"sts:AssumeRoleWithWebIdentity",Condition:i}]}}var Wq=["repo","branch","tag","environment","pull-request","github-issuer"],Kq=["org-id","project-id","vcs-ref"];function xD(t,e=process.env){let r=Jq(t),o=Yq(r),
n=Xq(o.provider,r);if(o.kmsKey!==void 0&&o.encryptionType!=="KMS")throw new w("kms-key",o.kmsKey,"needs --encryption-type KMS");if(o.pullRepositories?.length&&!o.
pullRegistries?.length)throw new w("pull-repositories",r.get("pull-repositories"),"needs --pull-registries");if(o.only==="trust"&&n==="none")throw new w("only",
o.only,"needs a --provider: `none` has no trust policy");return{request:{repository:o.repository,region:Zd(o.awsRegion,e),accountId:o.accountId,registryId:o.registryId,
provider:n,audience:o.audience,createRepository:o.createRepository,lifecyclePolicy:o.lifecyclePolicy,repositoryPolicy:o.repositoryPolicy,cache:o.cache,push:o.push,
encryptionType:o.encryptionType,kmsKey:o.kmsKey,scanWait:o.scanWait,scanStart:o.scanStart,pullRegistries:o.pullRegistries,pullRepositories:o.pullRepositories,pullThrough:o.
pullThrough,registryType:tu({repository:o.repository,registryType:o.registryType}),...n==="github"?Qq(o):n==="circleci"?Zq(o):{}},only:o.only}}function Jq(t){let{
values:e,positionals:r}=(0,ED.parseArgs)({args:t,options:Object.fromEntries(Sn.map(n=>[n.name,{type:"string"}])),strict:!0,allowPositionals:!0});if(r.length)throw new w(
"iam-policy",r[0],"is not a flag: every value follows its --flag (see `ecr-deliver iam-policy --help`)");let o=new Map;for(let n of Sn){let s=ca(n,e[n.name]);s!==
void 0&&o.set(n.name,s)}return o}function Yq(t){let e={};for(let r of Sn){let o=t.get(r.name)??r.default;if(o!==void 0)e[r.field]=r.parse(o,r.name);else if(r.required)
throw new w(r.name,"","is required")}return e}function Xq(t,e){let r=Wq.filter(i=>e.has(i)),o=Kq.filter(i=>e.has(i)),n=t??(r.length?"github":o.length?"circleci":
void 0);if(!n)throw new w("provider","","is required: github (with --repo), circleci (with --org-id), or none");let s=n==="github"?o:n==="circleci"?r:[...r,...o];
if(s.length)throw new w(s[0],e.get(s[0]),`does not apply to --provider ${n}`);return n}function Qq(t){if(t.repo===void 0)throw new w("repo","","is required: the\
 GitHub repository as OWNER/REPO (or OWNER@ID/REPO@ID)");let{branch:e,tag:r,environment:o,pullRequest:n}=t;if(e!==void 0&&o!==void 0)throw new w("branch",e,"can\
not be combined with --environment: a job with an environment gets `environment:NAME` as its OIDC subject");if(n&&(e!==void 0||o!==void 0))throw new w("pull-req\
uest","true","cannot be combined with --branch or --environment: a pull_request run's OIDC subject is `repo:OWNER/REPO:pull_request`");if(r!==void 0&&(e!==void 0||
o!==void 0||n))throw new w("tag",r,"cannot be combined with --branch, --environment or --pull-request: a tag push's OIDC subject is `repo:OWNER/REPO:ref:refs/ta\
gs/TAG`");let s=o===void 0&&!n&&r===void 0;return{repo:t.repo,environment:o,pullRequest:n,tag:r,branch:s?e??"main":void 0,githubIssuer:t.githubIssuer}}function Zq(t){
if(t.orgId===void 0)throw new w("org-id","","is required: the CircleCI organization id (a UUID, Organization Settings > Overview)");if(t.projectId===void 0)throw new w(
"project-id","","is required: the CircleCI project id (a UUID, Project Settings > Overview): without it every project of the org could deliver");return{orgId:t.
orgId,projectId:t.projectId,vcsRef:t.vcsRef}}function e6(t){let e=yD(t);return e?{permissionsPolicy:Zh(t),trustPolicy:e}:{permissionsPolicy:Zh(t)}}function SD(t,e){
let r=e6(t),o=e==="permissions"?r.permissionsPolicy:e==="trust"?r.trustPolicy:r;return`${JSON.stringify(o,null,2)}
`}var RD="0.1.0";var ey=hs.filter(t=>!t.githubOnly),wD=["iam-policy","login"];function ty(t,e,r=100){let o=[],n="";for(let s of t.split(/\s+/).filter(Boolean))n&&e.length+n.length+
1+s.length>r?(o.push(n),n=s):n=n?`${n} ${s}`:s;return n&&o.push(n),o.map(s=>e+s).join(`
`)}function r6(){return["Usage: ecr-deliver [--option value \u2026] [--json]      deliver an image","       ecr-deliver login [--option value \u2026]         credent\
ials + docker login only","       ecr-deliver iam-policy --help                the IAM policies a CI role needs","","Delivers a container image to Amazon ECR: O\
IDC credentials, ECR login, repository, build,","commit-SHA tag, push. Every option can also be given as ECR_DELIVER_<OPTION> in the environment","(e.g. ECR_DEL\
IVER_ROLE_TO_ASSUME); a flag wins over the environment.","","Options:",...ey.map(e=>{let r=e.default!==void 0?` Default: ${e.default}.`:e.defaultText?` Default:\
 ${e.defaultText.replace(/`/g,"")}.`:"";return`  --${e.name} <value>
${ty(`${e.description.replace(/`/g,"")}${e.required?" Required.":""}${r}`,"      ")}`}),"  --json","      Print the outputs as one JSON object on stdout (logs g\
o to stderr).","  --help, --version","",`Outputs: ${Ur.map(e=>e.name).join(", ")}.`,"Exit codes: 0 delivered, 1 failed, 2 bad input."].join(`
`)}function o6(){return["Usage: ecr-deliver login [--option value \u2026] [--json]","","Gets AWS credentials (OIDC or ambient) and runs docker login to the ECR \
registry, nothing else;",'later docker commands in the same job can pull and push. --json prints {"registry": "<host>"}.',"Unlike a delivery (which logs in to a\
 private docker config removed when it ends), login writes","the registry password to your docker config (DOCKER_CONFIG, else ~/.docker) by design, where it","s\
tays for 12 hours: run `docker logout <registry>` when done on a shared host.","","Options (also as ECR_DELIVER_<OPTION>):",...ey.filter(e=>aa.includes(e.name)).
map(e=>`  --${e.name} <value>
${ty(e.description.replace(/`/g,""),"      ")}`),"","Exit codes: 0 logged in, 1 failed, 2 bad input."].join(`
`)}function n6(){return["Usage: ecr-deliver iam-policy --repository NAME --account-id ID --aws-region REGION","         --repo OWNER/REPO [--branch BRANCH | --e\
nvironment NAME]     (GitHub)","         --org-id UUID --project-id UUID [--vcs-ref REF]               (CircleCI)","         [the delivery options the role must\
 allow, e.g. --cache false]","",'Prints {"permissionsPolicy": \u2026, "trustPolicy": \u2026} as JSON: the least-privilege permissions for',"delivering to the re\
pository with the given options, and the OIDC trust policy with aud and sub","pinned. No AWS call is made.","","Flags:",...Sn.map(t=>`  --${t.name} ${t.value}
${ty(t.description.replace(/`/g,""),"      ")}`),"","Exit codes: 0 printed, 2 bad input."].join(`
`)}function ID(t,e){let r=t,o=/'(-[^' ]+)/.exec(r.message??"")?.[1],n=`see ecr-deliver ${e?`${e} `:""}--help`;switch(r.code){case"ERR_PARSE_ARGS_UNKNOWN_OPTION":
return`${o}: is not a flag of ecr-deliver${e?` ${e}`:""} (${n})`;case"ERR_PARSE_ARGS_INVALID_OPTION_VALUE":return/does not take an argument/.test(r.message??"")?
`${o}: takes no value`:/ambiguous/.test(r.message??"")?`${o}: needs a value; for a value that starts with "-", write ${o}=VALUE`:`${o}: needs a value (${n})`;case"\
ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL":{let s=/'([^']*)'/.exec(r.message??"")?.[1]??"";return`${ds(s)} is not a command or flag: use ${wD.join(", ")} or --flags \
(${n})`}default:return`${(r.message??String(t)).split(`
`)[0]} (${n})`}}function s6(t,e,r){try{let o=Object.fromEntries(e.map(n=>[n,{type:"string"}]));return(0,_D.parseArgs)({args:t,options:{...o,json:{type:"boolean"},
help:{type:"boolean",short:"h"},version:{type:"boolean"}},strict:!0,allowPositionals:!1}).values}catch(o){process.stderr.write(`ecr-deliver: ${ID(o,r)}
`),process.exitCode=2;return}}function i6(t){if(t.includes("--help")||t.includes("-h"))return process.stdout.write(`${n6()}
`),0;try{let{request:e,only:r}=xD(t.filter(o=>o!=="--json"));process.stdout.write(SD(e,r));for(let o of hD(e))process.stderr.write(`note: ${o}
`);return 0}catch(e){return e.code?.startsWith("ERR_PARSE_ARGS")?(process.stderr.write(`ecr-deliver: ${ID(e,"iam-policy")}
`),2):Qi(e)}}async function TD(t){let e=wD.find(i=>i===t[0])??"";if(e==="iam-policy"){process.exitCode=i6(t.slice(1));return}let r=e?t.slice(1):t,o=s6(r,e==="lo\
gin"?aa:ey.map(i=>i.name),e);if(!o)return;if(o.help)return void process.stdout.write(`${e==="login"?o6():r6()}
`);if(o.version)return void process.stdout.write(`${RD}
`);let n=Zi(process.env);if(e==="login"){let i=a=>aa.includes(a)?o[a]??n(a):void 0;process.exitCode=await Ud(i,a=>{o.json&&process.stdout.write(`${JSON.stringify(
{registry:a})}
`)});return}let s=i=>o[i]??n(i);process.exitCode=await Ld(s,i=>{o.json&&process.stdout.write(`${JSON.stringify(dy(i))}
`)})}var ry=require("node:fs"),$r=require("node:os"),CD=require("node:stream");var a6=t=>t.replace(/%/g,"%25").replace(/\r/g,"%0D").replace(/\n/g,"%0A"),as,vD=!0;function ea(t){t.length&&(process.stdout.write(t),vD=typeof t=="string"?t.endsWith(
`
`):t[t.length-1]===10)}var oy=()=>vD?"":$r.EOL,AD=new CD.Writable({write(t,e,r){as||(as=crypto.randomUUID().replace(/-/g,""),ea(`${oy()}::stop-commands::${as}${$r.EOL}`)),
ea(t),r()}});function ta(t,e=""){as&&(ea(`${oy()}::${as}::${$r.EOL}`),as=void 0),ea(`::${t}::${a6(e)}${$r.EOL}`)}function Fd(t){return(process.env[`INPUT_${t.replace(
/ /g,"_").toUpperCase()}`]??"").trim()}function bD(t,e,r){let o=process.env[`GITHUB_${t}`];if(!o)throw new Error(`GITHUB_${t} is not set: not running in a GitHu\
b Actions step`);let n=`ghadelimiter_${crypto.randomUUID()}`;if(e.includes(n)||r.includes(n))throw new Error(`value of ${e} contains the delimiter`);(0,ry.appendFileSync)(
o,`${e}<<${n}${$r.EOL}${r}${$r.EOL}${n}${$r.EOL}`,"utf8")}var cs=(t,e)=>bD("OUTPUT",t,e),Md=(t,e)=>bD("STATE",t,e),ny=t=>process.env[`STATE_${t}`]??"",Bd=t=>ta(
"add-mask",t),Hd=t=>ea(`${oy()}${t}${$r.EOL}`),sy=t=>ta("warning",t),c6=t=>ta("error",t);function PD(t){process.exitCode=1,c6(t)}async function OD(t,e){ta("grou\
p",t);try{return await e()}finally{ta("endgroup")}}function iy(t){let e=process.env.GITHUB_STEP_SUMMARY;e&&(0,ry.appendFileSync)(e,`${t}${$r.EOL}`,"utf8")}var p6=4,
l6=1e4;async function ay(t){let e=process.env.ACTIONS_ID_TOKEN_REQUEST_URL,r=process.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN;if(!e||!r)throw new Error("ACTIONS_ID_TO\
KEN_REQUEST_URL or ACTIONS_ID_TOKEN_REQUEST_TOKEN is not set");let o=`${e}&audience=${encodeURIComponent(t)}`;for(let n=1;;n++){let s;try{let i=await Wi(o,{headers:{
Authorization:`Bearer ${r}`,Accept:"application/json"},timeoutMs:l6});if(i.status===200){let a=d6(i.text);if(!a)throw new Error("the token service answered with\
out a token");return Bd(a),a}if(s=`HTTP ${i.status}`,i.status<500&&i.status!==429)throw new Error(`the token service answered ${s}`)}catch(i){if(i.message.startsWith(
"the token service")||i instanceof gr)throw i;s=i.message}if(n>=p6)throw new Error(`the token service did not answer after ${n} attempts (${s})`);await new Promise(
i=>setTimeout(i,500*2**(n-1)))}}function d6(t){try{let e=JSON.parse(t)?.value;return typeof e=="string"?e:void 0}catch{return}}var ps=t=>t.replace(/[\r\n]+/g," ").replace(/[|\\`*_~<>[\]]/g,e=>`\\${e}`),cy=t=>`\`${t.replace(/`/g,"'")}\``;function ND(t,e,r){let o=t.pushed?"delivered":t.digest?
"already delivered":"built, not pushed",n=[["image",cy(t.image)],["digest",t.digest?cy(t.digest):"(not pushed)"],["tags",t.tags.map(cy).join(" ")],["pushed",String(
t.pushed)],["timings",ps(e.describe())]],s=[`### ecr-deliver: ${o}`,"","| | |","|---|---|",...n.map(([i,a])=>`| ${i} | ${a} |`),"","#### Timeline","",iD(e.byStart),
""];return r&&s.push(...m6(r),""),s.join(`
`)}function m6(t){let e=["#### Vulnerability scan",""];if(t.outcome!=="complete")return e.push("> [!WARNING]",`> ${ps(t.problem??"no scan")}`),t.gate==="failed"&&
e.push(">",`> fail-on-severity ${t.threshold}: **failed** (the image is pushed, but could not be judged)`),e;if(e.push(`| ${Tr.join(" | ")} |`,`|${Tr.map(()=>"-\
--:").join("|")}|`,`| ${Tr.map(r=>t.counts[r]).join(" | ")} |`,""),t.gate!=="off"&&e.push(t.gate==="failed"?`**fail-on-severity ${t.threshold}: failed.** The im\
age is pushed, but should not be deployed.`:`fail-on-severity ${t.threshold}: passed.`,""),t.top.length){e.push("| finding | severity | package |","|---|---|---\
|");for(let r of t.top){let o=/^https?:\/\/[^\s()<>]+$/.test(r.link)?`[${ps(r.name)}](${r.link})`:ps(r.name);e.push(`| ${o} | ${ps(r.severity)} | ${ps(r.package)||
"\u2014"} |`)}}else e.push("No findings.");return e}var DD="isPost",kD="registries",$D="skipLogout",jd=class{clock=new Yi;output=AD;info=e=>Hd(e);warning=e=>sy(e);secret=e=>Bd(e);phase(e,r){return OD(e,()=>this.clock.
time(e,r))}track(e,r){return this.clock.time(e,r)}},LD=t=>t[`STATE_${DD}`]==="true";async function UD(){Md(DD,"true");let t=new jd,e=new Set,r=o=>{e.add(o),Md(kD,
JSON.stringify([...e]))};try{let o=Xy(l=>Fd(l));if(o.mode==="login")return await f6(t,r,o);let n=Rn(l=>Fd(l)),s=xn(n),{outputs:i,scan:a}=await kd({options:n,context:s,
reporter:t,run:Uo,env:process.env,platformToken:l=>ay(l)});for(let{name:l}of Ur)cs(l,No(i,l));iy(ND(i,t.clock,a));let c=Dd(a,i["image-ref"]);if(c.warning&&sy(c.
warning),c.failure)throw c.failure}catch(o){let n=gn(o);PD(n.hint?`${n.message}
Hint: ${n.hint}`:n.message)}}async function f6(t,e,r){r.skipLogout&&Md($D,"true");let o=Rn(i=>Fd(i),"login"),n=xn(o,process.env,"login"),s=await $d({options:o,context:n,
reporter:t,run:Uo,env:process.env,platformToken:i=>ay(i),onLogin:e});cs("registry",s.registry),cs("registries",s.registries.join(",")),r.dockerCredentialsOutput&&
(Bd(s.login.password),cs("docker-username",s.login.username),cs("docker-password",s.login.password)),Hd(`Logged in to ${s.registries.join(", ")}${r.skipLogout?"\
 (kept after the job: skip-logout)":"; the post step logs out"}`),iy(["### ecr-deliver login","",...s.registries.map(i=>`- \`${i}\``),"",`timings: ${t.clock.describe()}`,
""].join(`
`))}async function FD(){let t=JSON.parse(ny(kD)||"[]");if(ny($D)==="true"){Hd(`skip-logout: docker stays logged in to ${t.join(", ")||"nothing"}`);return}let e=new an(
Uo,new jd,void 0,Es(process.env));for(let r of t)await e.logout(r)}async function g6(){let t=process.env,e=process.argv.slice(2);return e.length===0&&t.GITHUB_ACTIONS==="true"&&Object.keys(t).some(r=>r.startsWith("INPUT_"))?LD(
t)?FD():UD():e.length===0&&t.CIRCLECI==="true"?mD():TD(e)}g6();
